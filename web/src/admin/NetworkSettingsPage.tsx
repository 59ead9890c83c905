import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  ColorInput,
  FileButton,
  Group,
  Image,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeRequestError, splitUserErrors } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon, CheckIcon } from '../components/icons';
import { ContentPage, PageLoader } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { NetworkSettingsQuery, UpdateNetworkSettingsMutation, type NetworkBranding } from '../registration/api';
import { NetworkBrandingHeader } from '../registration/NetworkBrandingHeader';
import { useSession } from '../session/hooks';
import { session } from '../session/session';
import { useViewer } from '../session/viewer';

const FIELDS = ['name', 'slug', 'logoUrl', 'primaryColor', 'welcomeText', 'defaultLocale'] as const;
type Field = (typeof FIELDS)[number];
const LOGO_MAX_BYTES = 200 * 1024;
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

interface Form {
  name: string;
  slug: string;
  logoUrl: string;
  primaryColor: string;
  welcomeText: string;
  defaultLocale: string;
  registrationOpen: boolean;
}

const formOf = (network: NetworkBranding): Form => ({
  name: network.name,
  slug: network.slug,
  logoUrl: network.logoUrl ?? '',
  primaryColor: network.primaryColor ?? '',
  welcomeText: network.welcomeText ?? '',
  defaultLocale: network.defaultLocale,
  registrationOpen: network.registrationOpen,
});

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/** Owners and admins set the network's name, address, logo, colour, welcome text, language and whether it accepts registrations. */
export function NetworkSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('registration.settings.pageTitle'));
  const { client } = useSession();
  const { refetch: refetchViewer } = useViewer();
  const query = useQuery(NetworkSettingsQuery, {});
  const network = query.data?.me?.network;
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (network) setForm((current) => current ?? formOf(network));
  }, [network]);

  if (query.error && !query.data) {
    return (
      <ContentPage title={t('registration.settings.title')}>
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
          {describeRequestError(t, query.error)}
        </Alert>
      </ContentPage>
    );
  }
  if (!network || !form) return <PageLoader />;

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((current) => (current ? { ...current, [key]: value } : current));
    setErrors((current) => ({ ...current, [key]: undefined }));
    setSaved(false);
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) {
      setErrors((current) => ({ ...current, logoUrl: t('registration.settings.logoWrongType') }));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setErrors((current) => ({ ...current, logoUrl: t('registration.settings.logoTooLarge') }));
      return;
    }
    set('logoUrl', await readAsDataUrl(file));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setFormErrors([]);
    setSaved(false);
    const result = await client
      .mutation(UpdateNetworkSettingsMutation, {
        input: {
          name: form.name,
          slug: form.slug,
          logoUrl: form.logoUrl || null,
          primaryColor: form.primaryColor || null,
          welcomeText: form.welcomeText || null,
          defaultLocale: form.defaultLocale,
          registrationOpen: form.registrationOpen,
        },
      })
      .toPromise();
    setSaving(false);
    const payload = result.data?.updateNetworkSettings;
    if (result.error || !payload) {
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    if (payload.errors.length > 0 || !payload.network) {
      const split = splitUserErrors(t, payload.errors, FIELDS);
      setErrors(split.fields);
      setFormErrors(split.form);
      return;
    }
    setForm(formOf(payload.network));
    if (payload.network.slug !== network.slug) session.rememberNetworkSlug(payload.network.slug);
    setSaved(true);
    refetchViewer();
    query.refetch();
  };

  const joinPath = `/join/${form.slug || network.slug}`;
  const joinUrl = `${window.location.origin}${joinPath}`;
  const isUpload = form.logoUrl.startsWith('data:');

  return (
    <ContentPage title={t('registration.settings.title')} subtitle={t('registration.settings.subtitle', { network: network.name })}>
      <div role="status" aria-live="polite">
        {saved && (
          <Alert color="teal" variant="light" icon={<CheckIcon size={20} />} withCloseButton onClose={() => setSaved(false)}>
            {t('registration.settings.saved')}
          </Alert>
        )}
      </div>
      {formErrors.length > 0 && (
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} role="alert">
          {formErrors.map((message) => (
            <Text size="sm" key={message}>
              {message}
            </Text>
          ))}
        </Alert>
      )}
      <Card withBorder radius="lg" padding="lg">
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('registration.settings.name')}
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
              maxLength={100}
            />
            <TextInput
              label={t('registration.settings.slug')}
              description={t('registration.settings.slugHint', { url: joinUrl })}
              value={form.slug}
              onChange={(e) => set('slug', e.currentTarget.value.toLowerCase())}
              error={errors.slug}
              maxLength={63}
            />
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('registration.settings.logo')}
              </Text>
              <Group gap="md" align="center">
                {form.logoUrl && (
                  <Image src={form.logoUrl} alt={t('registration.join.logoAlt', { network: form.name })} h={48} w="auto" maw={140} fit="contain" />
                )}
                <FileButton onChange={(file) => void upload(file)} accept={LOGO_TYPES.join(',')}>
                  {(props) => (
                    <Button variant="default" {...props}>
                      {t('registration.settings.logoUpload')}
                    </Button>
                  )}
                </FileButton>
                {form.logoUrl && (
                  <Button variant="subtle" color="red" onClick={() => set('logoUrl', '')}>
                    {t('registration.settings.logoRemove')}
                  </Button>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('registration.settings.logoUploadHint')}
              </Text>
              <TextInput
                label={t('registration.settings.logoUrl')}
                value={isUpload ? '' : form.logoUrl}
                placeholder={isUpload ? t('registration.settings.logoUpload') : 'https://'}
                onChange={(e) => set('logoUrl', e.currentTarget.value)}
                error={errors.logoUrl}
              />
            </Stack>
            <ColorInput
              label={t('registration.settings.primaryColor')}
              value={form.primaryColor}
              onChange={(value) => set('primaryColor', value)}
              format="hex"
              swatches={['#364fc7', '#c2255c', '#2b8a3e', '#e8590c', '#1971c2', '#5f3dc4', '#212529']}
              error={errors.primaryColor}
              w={{ base: '100%', xs: 240 }}
            />
            <Textarea
              label={t('registration.settings.welcomeText')}
              description={t('registration.settings.welcomeTextHint')}
              value={form.welcomeText}
              onChange={(e) => set('welcomeText', e.currentTarget.value)}
              error={errors.welcomeText}
              autosize
              minRows={3}
              maxRows={10}
              maxLength={2000}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="default-locale-label">
                {t('registration.settings.defaultLocale')}
              </Text>
              <SegmentedControl
                aria-labelledby="default-locale-label"
                value={form.defaultLocale}
                onChange={(value) => set('defaultLocale', value)}
                data={[
                  { value: 'ja', label: t('language.ja') },
                  { value: 'en', label: t('language.en') },
                ]}
                w={{ base: '100%', xs: 240 }}
              />
            </Stack>
            <Switch
              label={t('registration.settings.registrationOpen')}
              description={t('registration.settings.registrationOpenHint')}
              checked={form.registrationOpen}
              onChange={(e) => set('registrationOpen', e.currentTarget.checked)}
            />
            <Group justify="space-between">
              <Anchor component={Link} to={`/join/${network.slug}`} size="sm">
                {t('registration.settings.openJoinPage')}
              </Anchor>
              <Button type="submit" loading={saving}>
                {t('registration.settings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Stack gap="xs">
        <Text fw={600}>{t('registration.settings.preview')}</Text>
        <Paper withBorder radius="lg" p="lg" maw={460}>
          <NetworkBrandingHeader
            network={{
              name: form.name,
              logoUrl: form.logoUrl || null,
              primaryColor: /^#[0-9a-f]{6}$/i.test(form.primaryColor) ? form.primaryColor : null,
              welcomeText: form.welcomeText || null,
            }}
            eyebrow={t('join.eyebrow')}
            title={t('join.title', { network: form.name })}
            titleOrder={3}
          />
        </Paper>
      </Stack>
    </ContentPage>
  );
}
