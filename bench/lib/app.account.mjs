/**
 * Creates the first account of a fresh server (it owns the workspaces there, the demo too) as
 * the setup page does, and returns its session: the cookie for a browser context, and a JSON
 * call against the API with the CSRF token a write needs.
 */
export async function firstAccount(origin, owner = { email: 'bench@kurs.test', password: 'bench-password-1', name: 'Bench' }) {
  const answer = await fetch(`${origin}/api/v1/auth/first-account`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify(owner),
  });
  if (answer.status !== 201) throw new Error(`first account: ${answer.status} ${await answer.text()}`);
  const [name, value] = answer.headers.getSetCookie().find((c) => c.startsWith('kurs.session='))?.split(';')[0]?.split(/=(.*)/s) ?? [];
  const { csrf_token: csrf } = await answer.json();
  const cookie = { name, value };
  return {
    cookie,
    async call(method, path, json) {
      const request = () =>
        fetch(`${origin}${path}`, {
          method,
          headers: { cookie: `${name}=${value}`, 'x-csrf-token': csrf, origin, ...(json !== undefined && { 'content-type': 'application/json' }) },
          body: json === undefined ? undefined : JSON.stringify(json),
        });
      // After a pause (a large plan generated between two calls) the server may close the kept-alive
      // connection just as the next request goes out on it; that request was never read, so it is sent again.
      const response = await request().catch((error) => {
        if (error?.cause?.code === 'ECONNRESET') return request();
        throw error;
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
      return response.json();
    },
  };
}
