import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { downloadFile, saveBlob } from '../api/download';
import { describeRequestError, translateUserError } from '../api/errors';
import { useMutation, useQuery } from '../api/hooks';
import { ContentPage, PageLoader } from '../components/Page';
import { formatDateTime } from '../components/format';
import { usePageTitle } from '../components/usePageTitle';
import { ConfirmDialog } from '../feed/ReportDialog';
import { usePermissions } from '../roles/permissions';
import { useViewer } from '../session/viewer';
import { SurveyCard } from './SurveyCard';
import { CloseSurveyMutation, DeleteSurveyMutation, SurveyQuery, type Survey } from './surveys.api';

/** One survey: answer it and watch the results; staff download the answers, close it early or delete it. */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const approved = viewer?.status === 'APPROVED';
  const staff = usePermissions().has('MANAGE_CONTENT');
  const query = useQuery(SurveyQuery, { id }, { pause: !approved });
  const [survey, setSurvey] = useState<Survey | null>(null);
  useEffect(() => setSurvey(query.data?.survey ?? null), [query.data]);
  usePageTitle(survey?.title ?? t('surveys.page.title'));
  const [confirming, setConfirming] = useState<'close' | 'delete' | null>(null);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const close = useMutation(CloseSurveyMutation);
  const remove = useMutation(DeleteSurveyMutation);

  if (!viewer) return <PageLoader />;
  if (!approved) return <Navigate to="/pending" replace />;
  if (query.error && !query.data) {
    return (
      <ContentPage title={t('surveys.page.title')}>
        <Alert color="red" variant="light" role="alert">
          {describeRequestError(t, query.error)}
        </Alert>
      </ContentPage>
    );
  }
  if (!query.data) return <PageLoader />;
  const author = query.data.survey?.author;

  const download = async () => {
    setDownloading(true);
    setDownloadError(null);
    try {
      const result = await downloadFile(`/exports/surveys/${encodeURIComponent(id)}.csv`, 'survey.csv');
      if (result.ok) saveBlob(result.blob, result.fileName);
      else setDownloadError(result.errors.map((error) => translateUserError(t, error)).join(' ') || t('surveys.page.downloadFailed'));
    } catch {
      setDownloadError(t('surveys.page.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <ContentPage title={survey?.title ?? t('surveys.page.title')} subtitle={author ? t('surveys.page.by', { name: author.displayName }) : undefined}>
      <Stack gap="md" maw={680}>
        {survey ? (
          <>
            {survey.closesAt && !survey.closed && (
              <Text size="sm" c="dimmed">
                {t('surveys.page.closesAt', { when: formatDateTime(survey.closesAt, i18n.language) })}
              </Text>
            )}
            <Card withBorder radius="lg" padding="lg">
              <SurveyCard survey={survey} onChange={setSurvey} linkTitle={false} />
            </Card>
            {staff && (
              <Group gap="xs">
                <Button variant="light" loading={downloading} onClick={() => void download()}>
                  {t('surveys.page.downloadCsv')}
                </Button>
                {!survey.closed && (
                  <Button variant="default" onClick={() => setConfirming('close')}>
                    {t('surveys.page.close')}
                  </Button>
                )}
                <Button variant="subtle" color="red" onClick={() => setConfirming('delete')}>
                  {t('surveys.page.delete')}
                </Button>
              </Group>
            )}
            {downloadError && (
              <Text size="sm" c="red" role="alert">
                {downloadError}
              </Text>
            )}
          </>
        ) : (
          <Alert color="gray" variant="light">
            {t('surveys.page.gone')}
          </Alert>
        )}
        <Anchor component={Link} to="/" size="sm">
          {t('surveys.page.back')}
        </Anchor>
      </Stack>
      {confirming === 'close' && survey && (
        <ConfirmDialog
          title={t('surveys.page.close')}
          body={t('surveys.page.closeConfirm')}
          confirmLabel={t('surveys.page.close')}
          busy={close.busy}
          errors={close.errors.form}
          onClose={() => setConfirming(null)}
          onConfirm={() =>
            void close.run({ input: { surveyId: survey.id } }).then((payload) => {
              if (!payload?.survey) return;
              setConfirming(null);
              setSurvey({ ...survey, ...payload.survey });
            })
          }
        />
      )}
      {confirming === 'delete' && survey && (
        <ConfirmDialog
          title={t('surveys.page.delete')}
          body={t('surveys.page.deleteConfirm')}
          confirmLabel={t('surveys.page.delete')}
          busy={remove.busy}
          errors={remove.errors.form}
          onClose={() => setConfirming(null)}
          onConfirm={() =>
            void remove.run({ input: { surveyId: survey.id } }).then((payload) => {
              if (!payload) return;
              void navigate('/', { replace: true });
            })
          }
        />
      )}
    </ContentPage>
  );
}
