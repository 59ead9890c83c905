import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, PasswordInput, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NetworkQuery, RegisterMutation } from '../api/documents';
import { describeRequestError, splitUserErrors, validateFields } from '../api/errors';
import { useQuery } from '../api/hooks';
import { AlertIcon } from '../components/icons';
import { CardPage } from '../components/Page';
import { usePageTitle } from '../components/usePageTitle';
import { useSession } from '../session/hooks';
import { session } from '../session/session';

const FIELDS = ['displayName', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];

/** The registration page of one network: /join/:networkSlug. */
export function JoinPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { networkSlug = '' } = useParams();
  const { client } = useSession();
  const network = useQuery(NetworkQuery, { slug: networkSlug });
  const networkName = network.data?.network?.name ?? null;
  usePageTitle(networkName ? t('join.pageTitle', { network: networkName }) : null);

  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateFields(t, values, { displayName: 'required', email: 'email', password: 'required' });
    setFieldErrors(invalid);
    setFormErrors([]);
    if (Object.keys(invalid).length > 0) return;

    setSubmitting(true);
    const input = {
      networkSlug,
      displayName: values.displayName.trim(),
      email: values.email.trim(),
      password: values.password,
    };
    const result = await client.mutation(RegisterMutation, { input }).toPromise();
    const payload = result.data?.register;
    setSubmitting(false);
    if (result.error || !payload) {
      setFormErrors([result.error ? describeRequestError(t, result.error) : t('errors.unexpected')]);
      return;
    }
    if (payload.errors.length > 0 || !payload.accessToken) {
      const split = splitUserErrors(t, payload.errors, FIELDS);
      setFieldErrors(split.fields);
      setFormErrors(split.form.length > 0 || Object.keys(split.fields).length > 0 ? split.form : [t('errors.unexpected')]);
      return;
    }
    session.start(payload.accessToken, networkSlug);
    void navigate(payload.member?.status === 'APPROVED' ? '/' : '/pending', { replace: true });
  };

  if (network.fetching && !network.data) {
    return (
      <CardPage>
        <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton h={14} w="40%" />
          <Skeleton h={30} w="80%" />
          <Skeleton h={40} />
          <Skeleton h={40} />
          <Skeleton h={40} />
        </Stack>
      </CardPage>
    );
  }

  if (network.error) {
    return (
      <CardPage>
        <Alert color="red" variant="light" icon={<AlertIcon size={20} />} title={t('errors.title')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{describeRequestError(t, network.error)}</Text>
            <Button variant="light" color="red" size="xs" onClick={network.refetch}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      </CardPage>
    );
  }

  if (!networkName) {
    return (
      <CardPage>
        <Stack gap="sm">
          <Title order={1} fz={24}>
            {t('join.networkNotFoundTitle')}
          </Title>
          <Text c="dimmed">{t('join.networkNotFound', { slug: networkSlug })}</Text>
        </Stack>
      </CardPage>
    );
  }

  return (
    <CardPage>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="xs" fw={700} tt="uppercase" c="indigo" lts={0.5}>
              {t('join.eyebrow')}
            </Text>
            <Title order={1} fz={26}>
              {t('join.title', { network: networkName })}
            </Title>
            <Text c="dimmed" size="sm">
              {t('join.subtitle')}
            </Text>
          </Stack>

          {formErrors.length > 0 && (
            <Alert color="red" variant="light" icon={<AlertIcon size={20} />}>
              {formErrors.map((message) => (
                <Text key={message} size="sm">
                  {message}
                </Text>
              ))}
            </Alert>
          )}

          <TextInput
            label={t('join.displayName')}
            description={t('join.displayNameHint')}
            value={values.displayName}
            onChange={(event) => change('displayName')(event.currentTarget.value)}
            error={fieldErrors.displayName}
            required
            withAsterisk={false}
            autoComplete="name"
          />
          <TextInput
            label={t('join.email')}
            type="email"
            value={values.email}
            onChange={(event) => change('email')(event.currentTarget.value)}
            error={fieldErrors.email}
            required
            withAsterisk={false}
            autoComplete="email"
            inputMode="email"
          />
          <PasswordInput
            label={t('join.password')}
            value={values.password}
            onChange={(event) => change('password')(event.currentTarget.value)}
            error={fieldErrors.password}
            required
            withAsterisk={false}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
          />
          <Button type="submit" fullWidth size="md" loading={submitting}>
            {t('join.submit')}
          </Button>
          <Text size="sm" ta="center">
            {t('join.haveAccount')}{' '}
            <Anchor component={Link} to={`/sign-in?network=${encodeURIComponent(networkSlug)}`}>
              {t('join.signInLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </CardPage>
  );
}
