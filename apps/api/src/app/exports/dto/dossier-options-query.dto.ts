import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class DossierOptionsQueryDto {
  @ApiPropertyOptional({
    type: Boolean,
    default: true,
    description:
      'Include the internal appendix (readiness percentages, audit blockers, expiring evidence, actions per owner); `false` leaves it out of the version for the assessor',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  internal?: boolean;
}
