import { buildAsyncApiDocument } from './catalog';
import { MembershipApproved, allContracts } from './contracts';
import { ContractViolation, createEnvelope, parseEnvelope, validateEnvelope } from './envelope';

const networkId = '0b8f6c4e-3f1d-4f59-a8a4-4c1f2d9f7e10';
const approval = {
  membershipId: '5a0c2b7e-1d44-4f1e-9a63-6f8f4f1b2c01',
  accountId: '9d3e1c2b-7a55-4b6e-8c1d-2e3f4a5b6c02',
  networkId,
  displayName: '山田 太郎',
  approvedBy: null,
  message: null,
  approvedAt: '2026-11-22T01:00:00.000Z',
};

describe('event envelope', () => {
  it('wraps data in a CloudEvents envelope keyed by the aggregate', () => {
    const envelope = createEnvelope(MembershipApproved, networkId, approval);
    expect(envelope).toMatchObject({
      specversion: '1.0',
      type: 'kizuna.identity.membership.approved.v1',
      source: 'kizuna/identity',
      subject: approval.membershipId,
      networkid: networkId,
      datacontenttype: 'application/json',
      data: approval,
    });
    expect(parseEnvelope(JSON.stringify(envelope))).toEqual(envelope);
  });

  it('refuses to publish data that breaks the contract, naming the field', () => {
    expect(() => createEnvelope(MembershipApproved, networkId, { ...approval, membershipId: 'nope' })).toThrow(/membershipId/);
  });

  it('refuses to consume what is not an envelope or breaks the contract', () => {
    expect(() => parseEnvelope('{"hello":')).toThrow(ContractViolation);
    expect(() => parseEnvelope(JSON.stringify({ type: 'x' }))).toThrow(/specversion/);
    const tampered = { ...createEnvelope(MembershipApproved, networkId, approval), data: { ...approval, displayName: '' } };
    expect(() => validateEnvelope(MembershipApproved, parseEnvelope(JSON.stringify(tampered)))).toThrow(/displayName/);
  });

  it('lists every contract in the AsyncAPI catalogue', () => {
    const document = buildAsyncApiDocument(allContracts, '1.0.0') as { components: { messages: Record<string, unknown> } };
    expect(Object.keys(document.components.messages).sort()).toEqual(allContracts.map((c) => c.type).sort());
  });
});
