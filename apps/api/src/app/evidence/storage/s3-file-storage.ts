import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';

import { S3Settings } from '../../config/app-config';
import { ByteRange, FileStorage, StorageUnavailableError, StoredBlob } from './file-storage';

const SHA256 = /^[0-9a-f]{64}$/;
const PREFIX = 'evidence/';
/** S3's smallest part, one at a time: an upload holds about 5 MiB whatever the file's size. */
const PART_BYTES = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 1;

export interface S3FileStorageOptions {
  /** Keys per list request (S3 answers at most 1000). */
  pageSize?: number;
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey')
  );
}

export function s3ClientOf(settings: S3Settings): S3Client {
  return new S3Client({
    endpoint: settings.endpoint ?? undefined,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials ?? undefined,
    // Checksums only where S3 requires them: many S3-compatible servers refuse the SDK's
    // default trailing checksums (aws-chunked uploads).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
  });
}

/**
 * Blobs in an S3-compatible bucket as `evidence/<sha256>`. An object appears only when its upload
 * completes (S3 makes a put and a completed multipart upload atomic), and a failed multipart
 * upload is aborted, so a blob is either absent or whole, as on the local disk.
 */
export class S3FileStorage extends FileStorage {
  private readonly pageSize: number;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    options: S3FileStorageOptions = {},
  ) {
    super();
    this.pageSize = options.pageSize ?? 1000;
  }

  /** Nest calls it on shutdown: the client's sockets are closed. */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  async putFromFile(sha256: string, localPath: string): Promise<void> {
    try {
      if (await this.exists(sha256)) {
        await this.touch(sha256);
      } else {
        await this.upload(sha256, localPath);
      }
    } catch (error) {
      throw this.unavailable(error);
    }
    await unlink(localPath);
  }

  /** Streams a local file to its key in parts; the local file stays (storage:migrate copies). */
  async upload(sha256: string, localPath: string): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: this.keyOf(sha256),
        Body: createReadStream(localPath),
        ContentType: 'application/octet-stream',
      },
      partSize: PART_BYTES,
      queueSize: PARTS_IN_FLIGHT,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async open(sha256: string, range?: ByteRange): Promise<Readable> {
    const key = this.keyOf(sha256);
    const response = await this.client
      .send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      )
      .catch((error: unknown) => {
        throw isMissing(error) ? error : this.unavailable(error);
      });
    if (!(response.Body instanceof Readable)) {
      throw new Error(`S3 answered no body for ${sha256}`);
    }
    return response.Body;
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }),
      );
      return true;
    } catch (error) {
      if (isMissing(error)) {
        return false;
      }
      throw error;
    }
  }

  /**
   * Page by page, each starting after the last key of the one before (ListObjects' marker): every
   * S3-compatible server pages that way, while some cannot make ListObjectsV2's continuation tokens.
   */
  async *list(): AsyncIterable<StoredBlob> {
    let marker: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsCommand({
          Bucket: this.bucket,
          Prefix: PREFIX,
          MaxKeys: this.pageSize,
          Marker: marker,
        }),
      );
      const objects = page.Contents ?? [];
      for (const object of objects) {
        const sha256 = object.Key?.slice(PREFIX.length) ?? '';
        if (SHA256.test(sha256) && object.LastModified) {
          yield { sha256, storedAt: object.LastModified };
        }
      }
      marker = page.IsTruncated ? (page.NextMarker ?? objects.at(-1)?.Key) : undefined;
    } while (marker);
  }

  async remove(sha256: string): Promise<void> {
    // Deleting a key that is not there succeeds in S3.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.keyOf(sha256) }),
    );
  }

  /**
   * A copy onto itself gives the object a new Last-Modified in S3 and MinIO, which the cleanup
   * reads as its age (s3rver, the tests' server, keeps the old one).
   */
  private async touch(sha256: string): Promise<void> {
    const key = this.keyOf(sha256);
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: key,
        CopySource: `${this.bucket}/${key}`,
        MetadataDirective: 'REPLACE',
        ContentType: 'application/octet-stream',
      }),
    );
  }

  private unavailable(error: unknown): StorageUnavailableError {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return new StorageUnavailableError(`S3 bucket ${this.bucket}: ${reason}`, { cause: error });
  }

  private keyOf(sha256: string): string {
    if (!SHA256.test(sha256)) {
      throw new TypeError('not a sha256 hex digest');
    }
    return `${PREFIX}${sha256}`;
  }
}
