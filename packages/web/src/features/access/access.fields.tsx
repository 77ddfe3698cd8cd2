import { Container, Paper, PasswordInput, Stack, Text, Title, type PasswordInputProps } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useT } from './access.words';

/** A password input whose show/hide button has a name and can be reached by keyboard. */
export function PasswordField(props: PasswordInputProps) {
  const t = useT();
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('access.field.showPassword') }}
      {...props}
    />
  );
}

/** The narrow card of the pages around signing in: a heading, a lead and a form. */
export function AuthCard(props: { title: string; lead?: ReactNode; children: ReactNode }) {
  useDocumentTitle(`${props.title} · Kurs`);
  return (
    <Container size={460} py={{ base: 'lg', sm: 48 }} px="md">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {props.title}
            </Title>
            {props.lead && (
              <Text component="div" c="dimmed" mt={6} size="sm">
                {props.lead}
              </Text>
            )}
          </div>
          {props.children}
        </Stack>
      </Paper>
    </Container>
  );
}
