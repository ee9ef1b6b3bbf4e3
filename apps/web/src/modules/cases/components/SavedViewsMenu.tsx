import { Alert, Badge, Button, Checkbox, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { SavedViewResponse, UpdateSavedViewRequest } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useCasesTranslation } from '../../../i18n/useCasesTranslation';
import { DeferredMenu } from '../../../ui/DeferredMenu';
import { useSession } from '../../session';
import { savedViewsApi } from '../api/casesApi';
import { savedViewKeys } from '../api/queryKeys';
import { useSavedViews } from '../hooks/useCaseQueries';
import { fromSavedFilters, type ListFilters, toSavedFilters } from '../utils/listQuery';

export type SavedViewsMenuProps = {
  filters: ListFilters;
  onApply: (filters: ListFilters) => void;
};

type ManagerProps = {
  views: readonly SavedViewResponse[];
  filters: ListFilters;
  canShare: boolean;
  onClose: () => void;
  onDone: (status: string) => void;
};

/** The views the user may change: use the current filters, share or stop sharing (admins), delete. */
const SavedViewsManager = ({ views, filters, canShare, onClose, onDone }: ManagerProps) => {
  const { t } = useCasesTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: async ({ view, body }: { view: SavedViewResponse; body: UpdateSavedViewRequest | null }) => {
      if (body) await savedViewsApi.update(view.id, body);
      else await savedViewsApi.remove(view.id);
    },
    onSuccess: (_answer, { view, body }) => {
      onDone(body ? t('caseList.views.updated', { name: view.name }) : t('caseList.views.deleted'));
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
    },
  });
  const editable = views.filter((view) => view.editable);
  return (
    <Modal opened onClose={onClose} title={t('caseList.views.manageTitle')} centered size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('caseList.views.manageIntro')}</Text>
        {editable.length === 0 && <Text size="sm">{t('caseList.views.manageEmpty')}</Text>}
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {editable.map((view) => (
            <Stack
              component="li"
              key={view.id}
              gap={6}
              py={6}
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              aria-label={view.name}
            >
              <Group gap="xs" wrap="nowrap">
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {view.name}
                </Text>
                <Badge variant="outline" color={view.shared ? 'blue.9' : 'gray.8'} tt="none" size="sm">
                  {view.shared ? t('caseList.views.sharedBadge') : t('caseList.views.privateBadge')}
                </Badge>
              </Group>
              <Group gap="xs" wrap="wrap">
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => change.mutate({ view, body: { filters: toSavedFilters(filters) } })}
                >
                  {t('caseList.views.update')}
                </Button>
                {canShare && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => change.mutate({ view, body: { shared: !view.shared } })}
                  >
                    {view.shared ? t('caseList.views.makePrivate') : t('caseList.views.makeShared')}
                  </Button>
                )}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red.9"
                  onClick={() => change.mutate({ view, body: null })}
                  aria-label={t('caseList.views.delete', { name: view.name })}
                >
                  {t('caseList.views.remove')}
                </Button>
              </Group>
            </Stack>
          ))}
        </Stack>
        {change.isError && (
          <Alert color="red" variant="light" role="alert">
            {t('caseList.views.notSaved', { message: change.error.message })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('caseList.views.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/**
 * Saved filter sets: the organization's shared views and the user's own; apply one, save the current filters under a
 * name (admins may share it with everyone), and manage the views one may change.
 */
export const SavedViewsMenu = ({ filters, onApply }: SavedViewsMenuProps) => {
  const { t } = useCasesTranslation();
  const queryClient = useQueryClient();
  const { canManage } = useSession();
  const views = useSavedViews();
  const [dialog, setDialog] = useState<'save' | 'manage' | null>(null);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [status, setStatus] = useState('');

  const save = useMutation({
    mutationFn: (viewName: string) =>
      savedViewsApi.create({ name: viewName, filters: toSavedFilters(filters), ...(shared ? { shared: true } : {}) }),
    onSuccess: (view) => {
      setDialog(null);
      setName('');
      setShared(false);
      setStatus(t('caseList.views.saved', { name: view.name }));
      void queryClient.invalidateQueries({ queryKey: savedViewKeys.all });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() !== '') save.mutate(name.trim());
  };

  const items = views.data?.items ?? [];
  const sharedViews = items.filter((view) => view.shared);
  const ownViews = items.filter((view) => !view.shared);
  const applyItem = (view: SavedViewResponse) => (
    <Menu.Item
      key={view.id}
      onClick={() => onApply(fromSavedFilters(view.filters))}
      aria-label={t('caseList.views.apply', { name: view.name })}
    >
      {view.name}
    </Menu.Item>
  );

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
            {sharedViews.length > 0 && <Menu.Label>{t('caseList.views.sharedGroup')}</Menu.Label>}
            {sharedViews.map(applyItem)}
            {sharedViews.length > 0 && ownViews.length > 0 && <Menu.Label>{t('caseList.views.ownGroup')}</Menu.Label>}
            {ownViews.map(applyItem)}
            <Menu.Divider />
            <Menu.Item onClick={() => setDialog('save')}>{t('caseList.views.save')}</Menu.Item>
            {items.some((view) => view.editable) && (
              <Menu.Item onClick={() => setDialog('manage')}>{t('caseList.views.manage')}</Menu.Item>
            )}
          </Menu.Dropdown>
        </DeferredMenu>
        <Text size="sm" role="status" c="dimmed">
          {status}
        </Text>
      </Group>
      {/* Mounted only while open: closed, Mantine's modal still mounts a portal and its transition with the page. */}
      {dialog === 'save' && (
        <Modal opened onClose={() => setDialog(null)} title={t('caseList.views.saveTitle')} centered>
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
              {canManage && (
                <Checkbox
                  label={t('caseList.views.share')}
                  description={t('caseList.views.shareHint')}
                  checked={shared}
                  onChange={(event) => setShared(event.currentTarget.checked)}
                />
              )}
              {save.isError && (
                <Alert color="red" variant="light">
                  {save.error.message}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setDialog(null)}>
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
      {dialog === 'manage' && (
        <SavedViewsManager
          views={items}
          filters={filters}
          canShare={canManage}
          onClose={() => setDialog(null)}
          onDone={setStatus}
        />
      )}
    </>
  );
};
