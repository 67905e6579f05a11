import { EVIDENCE_TITLE_MAX_LENGTH, EVIDENCE_URL_MAX_LENGTH } from '@labelklaar/domain';

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

import { IsIsoDay } from '../../common/validation/is-iso-day.decorator';

/** A form field left empty arrives as '' in multipart: that means "not given". */
const emptyAsAbsent = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

export class EvidenceMetadataDto {
  @ApiProperty({ example: 'Jaarverslag 2025', maxLength: EVIDENCE_TITLE_MAX_LENGTH })
  @MaxLength(EVIDENCE_TITLE_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiProperty({
    example: 'jaarverslag',
    description: "A key of the rubric's evidence-kind vocabulary",
    maxLength: 64,
  })
  @MaxLength(64)
  @IsNotEmpty()
  @IsString()
  evidenceKind: string;

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsIsoDay()
  documentDate: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2027-03-01',
    description: 'Leave out for evidence that does not expire',
  })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @IsIsoDay()
  validUntil?: string;
}

/** The text fields of the multipart upload; the file itself is the part named "file". */
export class UploadEvidenceDto extends EvidenceMetadataDto {}

export class RegisterLinkDto extends EvidenceMetadataDto {
  @ApiProperty({
    example: 'https://www.voorbeeld.nl/jaarverslag-2025',
    maxLength: EVIDENCE_URL_MAX_LENGTH,
  })
  @MaxLength(EVIDENCE_URL_MAX_LENGTH)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url: string;
}

/** How the upload looks in the OpenAPI document. */
export const UPLOAD_EVIDENCE_SCHEMA = {
  type: 'object',
  required: ['file', 'title', 'evidenceKind', 'documentDate'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'pdf, docx, xlsx, pptx, odt, ods, png, jpg, txt or csv',
    },
    title: { type: 'string', maxLength: EVIDENCE_TITLE_MAX_LENGTH },
    evidenceKind: { type: 'string', maxLength: 64 },
    documentDate: { type: 'string', format: 'date' },
    validUntil: { type: 'string', format: 'date' },
  },
};

/**
 * A new revision of an evidence item (multipart): a file in the part named "file" or a `url`,
 * with the new document's dates; title and kind stay the item's unless given.
 */
export class NewRevisionDto {
  @ApiPropertyOptional({ maxLength: EVIDENCE_TITLE_MAX_LENGTH })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @MaxLength(EVIDENCE_TITLE_MAX_LENGTH)
  @IsNotEmpty()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ maxLength: 64 })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @MaxLength(64)
  @IsNotEmpty()
  @IsString()
  evidenceKind?: string;

  @ApiProperty({ format: 'date', example: '2026-11-01' })
  @IsIsoDay()
  documentDate: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'Leave out for a document that does not expire',
  })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @IsIsoDay()
  validUntil?: string;

  @ApiPropertyOptional({ maxLength: EVIDENCE_URL_MAX_LENGTH, description: 'Instead of a file' })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @MaxLength(EVIDENCE_URL_MAX_LENGTH)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string;
}

/** How a new revision looks in the OpenAPI document. */
export const NEW_REVISION_SCHEMA = {
  type: 'object',
  required: ['documentDate'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description:
        'The new document (or give url); pdf, docx, xlsx, pptx, odt, ods, png, jpg, txt or csv',
    },
    url: { type: 'string', maxLength: EVIDENCE_URL_MAX_LENGTH, description: 'Instead of a file' },
    title: { type: 'string', maxLength: EVIDENCE_TITLE_MAX_LENGTH },
    evidenceKind: { type: 'string', maxLength: 64 },
    documentDate: { type: 'string', format: 'date' },
    validUntil: { type: 'string', format: 'date' },
  },
};
