import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { detectPhotoFormat, MAX_PHOTO_BYTES, processPhoto } from './photo-processing';

const codeOf = async (bytes: Buffer) => {
  const result = await processPhoto(bytes);
  return 'error' in result ? result.error.code : 'ok';
};

/** A PNG whose header declares `width` × `height` pixels, all zero, compressed. */
function blankPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1;
  const rows = Buffer.alloc((1 + Math.ceil(width / 8)) * height);
  return Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

describe('photo checks', () => {
  it('knows images by their first bytes, not by what they claim', async () => {
    expect(
      detectPhotoFormat(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
          .jpeg()
          .toBuffer(),
      ),
    ).toBe('jpeg');
    expect(
      detectPhotoFormat(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
          .webp()
          .toBuffer(),
      ),
    ).toBe('webp');
    expect(
      detectPhotoFormat(
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
          .gif()
          .toBuffer(),
      ),
    ).toBe('gif');
    expect(detectPhotoFormat(blankPng(8, 8))).toBe('png');
    expect(detectPhotoFormat(Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic')]))).toBe('heic');
    expect(detectPhotoFormat(Buffer.from('<svg/>'))).toBeNull();
    expect(detectPhotoFormat(Buffer.alloc(0))).toBeNull();
  });

  it('refuses an upload over 8 MB from its length, before decoding it, and an empty one', async () => {
    const tooLarge = await processPhoto(Buffer.alloc(MAX_PHOTO_BYTES + 1));
    expect('error' in tooLarge && tooLarge.error.code).toBe('PHOTO_TOO_LARGE');
    const empty = await processPhoto(Buffer.alloc(0));
    expect('error' in empty && empty.error.code).toBe('VALIDATION');
  });

  it('refuses a decompression bomb from its header, and damaged or foreign files', async () => {
    expect(await codeOf(blankPng(30_000, 30_000))).toBe('PHOTO_TOO_MANY_PIXELS');
    expect(await codeOf(blankPng(8_000, 7_000))).toBe('PHOTO_TOO_MANY_PIXELS');
    expect(await codeOf(blankPng(640, 480))).toBe('ok');
    expect(await codeOf(Buffer.concat([blankPng(64, 64).subarray(0, 40), Buffer.alloc(100, 3)]))).toBe('PHOTO_UNREADABLE');
    expect(await codeOf(Buffer.from('GIF89a but not really'))).toBe('PHOTO_UNREADABLE');
    expect(await codeOf(Buffer.from('hello'))).toBe('PHOTO_UNSUPPORTED');
  });

  it('processes many uploads at once, a few decodes at a time, each to its own result', async () => {
    const colours = ['#ff0000', '#00ff00', '#0000ff', '#ffff00', '#00ffff', '#ff00ff'];
    const inputs = await Promise.all(
      colours.map((background) =>
        sharp({ create: { width: 900, height: 600, channels: 3, background } })
          .png()
          .toBuffer(),
      ),
    );
    const results = await Promise.all(inputs.map((input) => processPhoto(input)));
    const firstPixels = await Promise.all(
      results.map(async (result) => {
        if ('error' in result) throw new Error(result.error.message);
        const { data } = await sharp(result.photo.renditions[128]).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        return [data[0] > 128, data[1] > 128, data[2] > 128];
      }),
    );
    expect(firstPixels).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
      [true, true, false],
      [false, true, true],
      [true, false, true],
    ]);
  });

  it('keeps the first frame of an animated GIF, square and small', async () => {
    const frame = (colour: string) =>
      sharp({ create: { width: 40, height: 80, channels: 4, background: colour } })
        .png()
        .toBuffer();
    const animated = await sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } })
      .gif()
      .toBuffer();
    expect((await sharp(animated).metadata()).pages).toBe(2);
    const result = await processPhoto(animated);
    if ('error' in result) throw new Error(result.error.message);
    const large = await sharp(result.photo.renditions[512]).metadata();
    expect(large).toMatchObject({ format: 'webp', width: 512, height: 512 });
    expect(large.pages ?? 1).toBe(1);
    const { data } = await sharp(result.photo.renditions[512]).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([data[0] > 200, data[2] < 60]).toEqual([true, true]);
    expect(await sharp(result.photo.renditions[128]).metadata()).toMatchObject({ format: 'webp', width: 128, height: 128 });
  });
});
