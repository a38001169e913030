import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.js';
import { useSsoSignIn } from '../api/use-sso-sign-in.js';
import { emailError } from '../lib/validate.js';
import { markSignedIn } from '../session/last-organization.js';
import { FormError } from './form-error.js';

export interface SsoSignInFormProps {
  /** Where to land after signing in. */
  next: string | null;
  onCancel: () => void;
}

/** Sign in through the organization's identity provider, found by the work e-mail's domain. */
export function SsoSignInForm({ next, onCancel }: SsoSignInFormProps) {
  const { t } = useTranslation();
  const ssoSignIn = useSsoSignIn();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Stays true while the browser loads the IdP's page, so the button keeps spinning.
  const [leaving, setLeaving] = useState(false);
  const noProvider = ssoSignIn.error instanceof ApiError && ssoSignIn.error.status === 404;

  function submit(event: FormEvent) {
    event.preventDefault();
    const invalid = emailError(email);
    setError(invalid);
    if (invalid) return;
    ssoSignIn.mutate(
      { email: email.trim(), callbackURL: next ?? '/', errorCallbackURL: '/sign-in?sso=failed' },
      {
        onSuccess: ({ url }) => {
          setLeaving(true);
          markSignedIn();
          window.location.assign(url);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('auth.sso.intro')}
        </Text>
        <TextInput
          data-testid="signin-sso-email"
          label={t('auth.sso.email')}
          placeholder={t('auth.emailPlaceholder')}
          type="email"
          autoComplete="email"
          required
          autoFocus
          value={email}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
            if (ssoSignIn.isError) ssoSignIn.reset();
          }}
          error={error ?? (noProvider ? t('auth.sso.noProvider') : undefined)}
        />
        <FormError error={noProvider ? null : ssoSignIn.error} />
        <Button
          type="submit"
          size="md"
          loading={ssoSignIn.isPending || leaving}
          data-testid="signin-sso-submit"
        >
          {t('auth.sso.submit')}
        </Button>
        <Button variant="subtle" onClick={onCancel} data-testid="signin-sso-cancel">
          {t('auth.sso.back')}
        </Button>
      </Stack>
    </form>
  );
}
