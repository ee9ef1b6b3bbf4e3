import { Alert, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { DeferredMenu } from '../../../ui/DeferredMenu';
import { savedViewsApi } from '../api/casesApi';
import { savedViewKeys } from '../api/queryKeys';
import { useSavedViews } from '../hooks/useCaseQueries';
import { fromSavedFilters, type ListFilters, toSavedFilters } from '../utils/listQuery';

export type SavedViewsMenuProps = {
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
};

/** The user's saved filter sets: apply one, save the current filters under a name, delete one. */
export const SavedViewsMenu = ({ filters, onApply }: SavedViewsMenuProps) => {
  const { t } = useCasesTranslation();
  const queryClient = useQueryClient();
  const views = useSavedViews();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');

  const save = useMutation({
    mutationFn: (viewName: string) => savedViewsApi.create({ name: viewName, filters: toSavedFilters(filters) }),
    onSuccess: (view) => {
      setSaving(false);
      setName('');
      setStatus(t('caseList.views.saved', { name: view.name }));
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
    },
  });
  const remove = useMutation({
    mutationFn: (viewId: string) => savedViewsApi.remove(viewId),
    onSuccess: () => {
      setStatus(t('caseList.views.deleted'));
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() !== '') save.mutate(name.trim());
  };

  const items = views.data?.items ?? [];

  return (
    <>
      <Group gap="xs">
        <DeferredMenu
          position="bottom-start"
          withinPortal
          target={<Button variant="default">{t('caseList.views.menu')}</Button>}
        >
          <Menu.Dropdown>
            {views.isPending && <Menu.Label>{t('caseCommon.loading')}</Menu.Label>}
            {views.isError && <Menu.Label>{t('caseCommon.loadError', { message: views.error.message })}</Menu.Label>}
            {views.isSuccess && items.length === 0 && <Menu.Label>{t('caseList.views.empty')}</Menu.Label>}
            {items.map((view) => (
              <Menu.Item
                key={view.id}
                onClick={() => onApply(fromSavedFilters(view.filters))}
                aria-label={t('caseList.views.apply', { name: view.name })}
              >
                {view.name}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item onClick={() => setSaving(true)}>{t('caseList.views.save')}</Menu.Item>
            {items.length > 0 && <Menu.Divider />}
            {items.map((view) => (
              <Menu.Item key={`delete-${view.id}`} color="red.9" onClick={() => remove.mutate(view.id)}>
                {t('caseList.views.delete', { name: view.name })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </DeferredMenu>
        <Text size="sm" role="status" c="dimmed">
          {status}
        </Text>
      </Group>
      {/* Mounted only while open: closed, Mantine's modal still mounts a portal and its transition with the page. */}
      {saving && (
        <Modal opened onClose={() => setSaving(false)} title={t('caseList.views.saveTitle')} centered>
          <form onSubmit={submit}>
            <Stack gap="sm">
              <TextInput
                label={t('caseList.views.name')}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                maxLength={100}
                required
                data-autofocus
              />
              {save.isError && (
                <Alert color="red" variant="light">
                  {save.error.message}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setSaving(false)}>
                  {t('caseCommon.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending} disabled={name.trim() === ''}>
                  {t('caseList.views.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Modal>
      )}
    </>
  );
};
