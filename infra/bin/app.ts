// `cdk synth` / `cdk deploy` entry (cdk.json "app"). The account comes from the CLI's profile
// when there is one; the region from context (`region` in cdk.json or `-c region=…`), else the
// profile or AWS_REGION. Without a region synth fails: see infra/postino-app.ts.
import { createPostinoApp } from '../postino-app';

createPostinoApp();
