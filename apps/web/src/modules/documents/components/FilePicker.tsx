import { Button, type ButtonProps } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import classes from './Documents.module.css';

/** What the inputs take: photos (HEIC included) and PDF scans. */
export const documentAccept = 'image/*,application/pdf';

/**
 * A button that opens the file chooser, or the camera with `camera` (`capture="environment"`: the back camera on a
 * phone; desktop browsers ignore it and choose a file). The input stays out of the tab order; the button is the
 * control. `testId` names the input for the end-to-end journeys, which hand it files.
 */
export const FilePicker = ({
  children,
  onFiles,
  multiple = false,
  camera = false,
  label,
  testId,
  ...buttonProps
}: {
  children: ReactNode;
  onFiles: (files: File[]) => void;
  multiple?: boolean;
  camera?: boolean;
  /** The button's accessible name, when its text alone is ambiguous in a list. */
  label?: string;
  testId?: string;
} & Omit<ButtonProps, 'children'>) => {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        className={classes.fileInput}
        accept={documentAccept}
        multiple={multiple}
        {...(camera ? { capture: 'environment' } : {})}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared, so choosing the same file again (a retake) still fires a change.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button {...buttonProps} {...(label ? { 'aria-label': label } : {})} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
};
