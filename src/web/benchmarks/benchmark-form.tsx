import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BenchmarkMarket,
  BenchmarkMetric,
  TBenchmark,
  TBenchmarkInput,
} from '../../shared/contracts/benchmarks.js';
import { ApiError } from '../api/http.js';
import { useSaveBenchmark } from '../api/use-benchmarks.js';
import { FormError } from '../components/form-error.js';
import { INDUSTRIES } from '../settings/industries.js';
import { ANY_INDUSTRY, MARKET_OPTIONS, METRIC_OPTIONS, TEXT_LIMITS } from './benchmark-options.js';
import { benchmarkText, industryName } from './benchmark-text.js';

const FIELDS = [
  'industry',
  'metric',
  'score',
  'label',
  'source',
  'year',
  'method',
  'market',
  'note',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (value: unknown): value is Field => (FIELDS as readonly unknown[]).includes(value);

interface Values {
  industry: string;
  metric: BenchmarkMetric;
  score: number | string;
  label: string;
  source: string;
  year: number | string;
  method: string;
  market: BenchmarkMarket;
  note: string;
}

function initialValues(entry: TBenchmark | null, industry: string | null): Values {
  if (!entry)
    return {
      industry: industry ?? ANY_INDUSTRY,
      metric: 'nps',
      score: '',
      label: '',
      source: '',
      year: '',
      method: '',
      market: 'both',
      note: '',
    };
  // A built-in entry starts from the words shown, so an edit keeps the interface language's text.
  const text = benchmarkText(entry);
  return {
    industry: entry.industry,
    metric: entry.metric,
    score: entry.score,
    label: text.label,
    source: text.source,
    year: entry.year ?? '',
    method: text.method,
    market: entry.market,
    note: text.note ?? '',
  };
}

export interface BenchmarkFormProps {
  /** The entry to edit; null adds a new own entry. */
  entry: TBenchmark | null;
  industry: string | null;
  onDone: () => void;
}

/** Adds an own benchmark or edits one (a built-in one becomes the organization's edited copy). */
export function BenchmarkForm({ entry, industry, onDone }: BenchmarkFormProps) {
  const { t } = useTranslation();
  const save = useSaveBenchmark();
  const [values, setValues] = useState<Values>(() => initialValues(entry, industry));
  const [missing, setMissing] = useState<Partial<Record<Field, true>>>({});

  const serverFields = new Set<Field>();
  if (save.error instanceof ApiError)
    for (const field of Object.keys(save.error.fieldErrors())) if (isField(field)) serverFields.add(field);
  const formError = save.error && serverFields.size === 0 ? save.error : null;
  // Server messages are English: each field shows its own translated rule instead.
  const errorOf = (field: Field) =>
    missing[field] || serverFields.has(field) ? t(`benchmarks.form.errors.${field}`) : undefined;

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    setValues((v) => ({ ...v, [field]: value }));
    setMissing((m) => ({ ...m, [field]: undefined }));
    if (save.isError) save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const required: Field[] = ['industry', 'label', 'source', 'method'];
    const found: Partial<Record<Field, true>> = {};
    for (const field of required) if (String(values[field]).trim() === '') found[field] = true;
    if (typeof values.score !== 'number') found.score = true;
    if (typeof values.year !== 'number') found.year = true;
    setMissing(found);
    if (Object.keys(found).length > 0 || typeof values.score !== 'number' || typeof values.year !== 'number')
      return;
    const input: TBenchmarkInput = {
      industry: values.industry,
      metric: values.metric,
      score: values.score,
      label: values.label.trim(),
      source: values.source.trim(),
      year: values.year,
      method: values.method.trim(),
      market: values.market,
      note: values.note.trim() === '' ? null : values.note.trim(),
    };
    save.mutate({ id: entry ? entry.id : null, input }, { onSuccess: onDone });
  }

  const industryOptions = [
    ANY_INDUSTRY,
    ...INDUSTRIES,
    ...(INDUSTRIES.some((i) => i === values.industry) || values.industry === ANY_INDUSTRY
      ? []
      : [values.industry]),
  ].map((id) => ({
    value: id,
    label: industryName(id),
  }));
  const text = (field: 'label' | 'source' | 'method', max: number, hint?: string) => (
    <TextInput
      label={t(`benchmarks.form.${field}`)}
      description={hint}
      value={values[field]}
      onChange={(e) => change(field, e.currentTarget.value)}
      error={errorOf(field)}
      maxLength={max}
      required
      data-testid={`benchmark-form-${field}`}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-busy={save.isPending} data-testid="benchmark-form">
      <Stack gap="md">
        {entry?.origin === 'builtin' ? (
          <Alert variant="light" color="gray">
            {t('benchmarks.form.builtinHint')}
          </Alert>
        ) : null}
        {text('label', TEXT_LIMITS.label)}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label={t('benchmarks.form.industry')}
            data={industryOptions}
            value={values.industry}
            onChange={(v) => v && change('industry', v)}
            allowDeselect={false}
            error={errorOf('industry')}
            data-testid="benchmark-form-industry"
          />
          <Select
            label={t('benchmarks.form.metric')}
            data={METRIC_OPTIONS.map((m) => ({ value: m, label: t(`benchmarks.form.metrics.${m}`) }))}
            value={values.metric}
            onChange={(v) => v && change('metric', v as BenchmarkMetric)}
            allowDeselect={false}
            error={errorOf('metric')}
            data-testid="benchmark-form-metric"
          />
          <NumberInput
            label={t('benchmarks.form.score')}
            value={values.score}
            onChange={(v) => change('score', v)}
            decimalScale={1}
            error={errorOf('score')}
            required
            data-testid="benchmark-form-score"
          />
        </SimpleGrid>
        {text('source', TEXT_LIMITS.source, t('benchmarks.form.sourceHint'))}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <NumberInput
            label={t('benchmarks.form.year')}
            value={values.year}
            onChange={(v) => change('year', v)}
            allowDecimal={false}
            error={errorOf('year')}
            required
            data-testid="benchmark-form-year"
          />
          <Select
            label={t('benchmarks.form.market')}
            data={MARKET_OPTIONS.map((m) => ({ value: m, label: t(`benchmarks.markets.${m}`) }))}
            value={values.market}
            onChange={(v) => v && change('market', v as BenchmarkMarket)}
            allowDeselect={false}
            error={errorOf('market')}
            data-testid="benchmark-form-market"
          />
        </SimpleGrid>
        {text('method', TEXT_LIMITS.method, t('benchmarks.form.methodHint'))}
        <Textarea
          label={t('benchmarks.form.note')}
          value={values.note}
          onChange={(e) => change('note', e.currentTarget.value)}
          maxLength={TEXT_LIMITS.note}
          autosize
          minRows={2}
          error={errorOf('note')}
          data-testid="benchmark-form-note"
        />
        <FormError error={formError} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="benchmark-form-save">
            {t('benchmarks.form.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('benchmarks.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
