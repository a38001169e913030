import './lib/zod-jitless.js';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client.js';
import { queryKeys } from './api/query-keys.js';
import { fetchInstance } from './api/use-instance.js';
import { fetchMe } from './api/use-me.js';
import { App, preloadScreen } from './app.js';
import { setupI18n } from './i18n/i18n.js';
import './styles.js';
import { cssVariablesResolver, theme } from './theme.js';

const queryClient = createQueryClient();

// What the first screen waits for, all asked at once while this language's texts load: the
// session, the instance's sign-up policy and the code of the screen the address names.
void queryClient.prefetchQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
void queryClient.prefetchQuery({ queryKey: queryKeys.instance, queryFn: fetchInstance });
preloadScreen(window.location.pathname, window.location.search);
await setupI18n();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="bottom-right" limit={4} />
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
