import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { type SourceTag, sources } from '@waiji/domain';
import { useFeatureTranslation } from '../../../i18n/useFeatureTranslation';

export type SourceTagsProps = { tags: readonly SourceTag[] };

/** Where a fact comes from (S0–S4, W; see docs/domain.md), each tag naming its source on hover or focus. */
export const SourceTags = ({ tags }: SourceTagsProps) => {
  const { t } = useFeatureTranslation();
  if (tags.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      <Text size="xs" c="dimmed" component="span">
        {t('common.sources')}
      </Text>
      {tags.map((tag) => (
        <Tooltip
          key={tag}
          label={sources[tag].title}
          events={{ hover: true, focus: true, touch: true }}
          multiline
          maw={280}
        >
          <Badge size="xs" variant="outline" color="gray.7" radius="sm" tabIndex={0}>
            {tag}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
};
