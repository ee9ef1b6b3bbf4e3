import { Alert, Button, FileButton, Group, Loader, Stack, Text } from '@mantine/core';
import type { ScreenshotReadingResponse } from '@waiji/contract';
import { useMutation } from '@tanstack/react-query';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { useScreenshotsTranslation } from '../../../i18n/useScreenshotsTranslation';
import { isApiError } from '../../api/ApiError';
import { type ScreenshotAudience, screenshotMaxBytes, screenshotsApi, screenshotTypes } from '../api/screenshotsApi';

export type ScreenshotReaderProps = {
  /** Gets the recognised text (the caller puts it where the person edits the message). */
  onRead: (text: string, reading: ScreenshotReadingResponse) => void;
  /** The public Alipay helper reads through the public route (smaller images, a few an hour). */
  audience?: ScreenshotAudience;
};

type LocalProblem = 'type' | 'size';

const imageOfItems = (items: DataTransferItemList | null | undefined): File | null => {
  for (const item of Array.from(items ?? [])) {
    const file = item.kind === 'file' ? item.getAsFile() : null;
    if (file && file.type.startsWith('image/')) return file;
  }
  return null;
};
const imageOfFiles = (files: FileList | null | undefined): File | null =>
  Array.from(files ?? []).find((file) => file.type.startsWith('image/')) ?? null;

/**
 * "Or use a screenshot": paste (Ctrl-V anywhere in the surrounding section), drop, or choose an image of the Alipay
 * screen; the API reads it (OCR) and the text goes to `onRead`, where the person checks it and the interpreter explains
 * it. The image is not kept anywhere.
 */
export const ScreenshotReader = ({ onRead, audience = 'signed-in' }: ScreenshotReaderProps) => {
  const { t } = useScreenshotsTranslation();
  const hintId = useId();
  const zone = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<LocalProblem | null>(null);
  const [over, setOver] = useState(false);
  const maxMb = screenshotMaxBytes[audience] / 1024 / 1024;
  const read = useMutation({
    mutationFn: (image: File) => screenshotsApi.read(audience, image),
    onSuccess: (result) => onRead(result.text, result),
  });

  const take = (file: File | null) => {
    if (!file) return;
    setProblem(null);
    read.reset();
    if (!(screenshotTypes as readonly string[]).includes(file.type)) return setProblem('type');
    if (file.size > screenshotMaxBytes[audience]) return setProblem('size');
    read.mutate(file);
  };
  const takeRef = useRef(take);
  takeRef.current = take;

  // Ctrl-V anywhere in the section around the reader (the message panel), not only on the drop zone itself.
  useEffect(() => {
    const scope = zone.current?.closest('section') ?? zone.current?.parentElement;
    if (!scope) return undefined;
    const onPaste = (event: ClipboardEvent) => {
      const image = imageOfItems(event.clipboardData?.items) ?? imageOfFiles(event.clipboardData?.files);
      if (!image) return; // text pastes go where they were going
      event.preventDefault();
      takeRef.current(image);
    };
    scope.addEventListener('paste', onPaste);
    return () => scope.removeEventListener('paste', onPaste);
  }, []);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0] ?? null);
  };

  const errorText = (): string | null => {
    if (problem === 'type') return t('errors.type');
    if (problem === 'size') return t('errors.size', { size: maxMb });
    const error = read.error;
    if (!error) return null;
    if (!isApiError(error)) return t('errors.failed', { message: error.message });
    switch (error.code) {
      case 'UNSUPPORTED_FILE_TYPE':
        return t('errors.type');
      case 'FILE_TOO_LARGE':
        return t('errors.size', { size: maxMb });
      case 'OCR_BUSY':
        return t('errors.busy');
      case 'THROTTLED':
        return t('errors.throttled');
      case 'FILE_TRUNCATED':
      case 'IMAGE_TOO_SMALL':
      case 'IMAGE_BOMB':
        return t('errors.damaged');
      default:
        return t('errors.failed', { message: error.message });
    }
  };
  const error = errorText();

  return (
    <Stack gap={6}>
      <div
        ref={zone}
        role="group"
        aria-label={t('drop.area')}
        aria-describedby={hintId}
        aria-busy={read.isPending}
        data-testid="screenshot-reader"
        data-state={read.isPending ? 'reading' : read.isSuccess ? 'read' : error ? 'error' : 'idle'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{
          border: `2px dashed var(--mantine-color-${over ? 'blue-6' : 'gray-4'})`,
          borderRadius: 'var(--mantine-radius-md)',
          padding: 'var(--mantine-spacing-sm)',
          background: over ? 'var(--mantine-color-blue-0)' : undefined,
        }}
      >
        <Stack gap={6}>
          <Text fw={600} size="sm">
            {t('drop.title')}
          </Text>
          <Text size="sm" id={hintId}>
            {t('drop.hint', { size: maxMb })}
          </Text>
          <Group gap="sm" wrap="wrap">
            <FileButton onChange={take} accept={screenshotTypes.join(',')}>
              {(props) => (
                <Button {...props} variant="light" size="sm" disabled={read.isPending}>
                  {t('drop.choose')}
                </Button>
              )}
            </FileButton>
            {read.isPending ? (
              <Group gap={6} role="status" aria-live="polite">
                <Loader size="xs" aria-hidden="true" />
                <Text size="sm">{t('reading')}</Text>
              </Group>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {t('drop.privacy')}
          </Text>
        </Stack>
      </div>
      {read.isSuccess ? (
        <Text size="sm" role="status" data-testid="screenshot-read">
          {read.data.lines.length === 0
            ? t('readNothing')
            : t('read', { lines: read.data.lines.length, seconds: (read.data.ms / 1000).toFixed(1) })}
        </Text>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" role="alert" p="xs" data-testid="screenshot-error">
          {error}
        </Alert>
      ) : null}
    </Stack>
  );
};
