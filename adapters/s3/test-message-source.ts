// Reads a test message SES stored in S3 (receipt rule's S3 action) and deletes it: the body
// is read once, within the size limit, and never kept (the bucket's lifecycle removes anything
// left behind within a day).
import { DeleteObjectCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export class S3TestMessageSource {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  /** Deletes a message unread (no live code). */
  async discard(messageId: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: `${this.prefix}${messageId}` }),
    );
  }

  /** The message, or null when it is larger than `maxBytes` (then not read at all). */
  async take(messageId: string, maxBytes: number): Promise<Buffer | null> {
    const Key = `${this.prefix}${messageId}`;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
      if ((object.ContentLength ?? 0) > maxBytes) {
        (object.Body as { destroy?: () => void } | undefined)?.destroy?.();
        return null;
      }
      const bytes = await object.Body?.transformToByteArray();
      return bytes === undefined ? Buffer.alloc(0) : Buffer.from(bytes);
    } finally {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
    }
  }
}
