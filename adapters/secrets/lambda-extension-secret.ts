// Reads a secret through the AWS Parameters and Secrets Lambda Extension (a local HTTP cache on
// port 2773 inside the Lambda sandbox): no Secrets Manager SDK in the bundle, one request per
// cold start. The function needs the extension layer and secretsmanager:GetSecretValue.
import { PostinoError } from '../../core/errors';

export async function readSecretFromExtension(secretId: string, env = process.env): Promise<string> {
  const port = env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const sessionToken = env.AWS_SESSION_TOKEN;
  if (!sessionToken) throw new PostinoError('Internal', 'secrets extension needs the Lambda session token');
  const response = await fetch(
    `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`,
    { headers: { 'X-Aws-Parameters-Secrets-Token': sessionToken } },
  );
  if (!response.ok) throw new PostinoError('Internal', `secrets extension answered ${response.status}`);
  const body = (await response.json()) as { SecretString?: unknown };
  if (typeof body.SecretString !== 'string' || body.SecretString.length === 0) {
    throw new PostinoError('Internal', 'secret has no SecretString');
  }
  return body.SecretString;
}
