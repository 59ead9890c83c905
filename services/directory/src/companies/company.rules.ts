import { fold } from '@kizuna/search';
import { characterCount, hasControlCharacters, UserError } from '@kizuna/subgraph';
import { COMPANY_STAGES, type CompanyStageValue } from './company.entity';

export const COMPANY_NAME_MAX = 100;
export const COMPANY_INDUSTRY_MAX = 100;
export const COMPANY_URL_MAX = 500;
export const COMPANY_DESCRIPTION_MAX = 1000;
export const FOUNDED_YEAR_MIN = 1800;
/** Enough for a serial founder; stops a member filling the list. */
export const COMPANIES_PER_FOUNDER_MAX = 20;

export interface CompanyFields {
  name: string;
  industry: string | null;
  stage: CompanyStageValue | null;
  url: string | null;
  description: string | null;
  foundedYear: number | null;
}

/** What a member sent: omitted fields stay as they are, null clears an optional one. */
export type CompanyChangeRequest = { [K in keyof CompanyFields]?: CompanyFields[K] | null };

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Checks a company change without touching the database: one VALIDATION error per field at fault.
 * A new company needs a name; blank optional fields are stored as null.
 */
export function validateCompanyChanges(
  request: CompanyChangeRequest,
  options: { creating: boolean; now?: Date },
): { changes: Partial<CompanyFields>; errors: UserError[] } {
  const changes: Partial<CompanyFields> = {};
  const errors: UserError[] = [];
  const invalid = (field: keyof CompanyFields, message: string) => errors.push(UserError.of('VALIDATION', message, field));

  if (request.name !== undefined && request.name !== null) {
    const name = request.name.trim();
    if (characterCount(name) < 1 || characterCount(name) > COMPANY_NAME_MAX) invalid('name', `Enter a name of 1 to ${COMPANY_NAME_MAX} characters.`);
    else if (hasControlCharacters(name)) invalid('name', 'The name must be one line of text.');
    else changes.name = name;
  } else if (options.creating) {
    invalid('name', `Enter a name of 1 to ${COMPANY_NAME_MAX} characters.`);
  }

  if (request.industry !== undefined) {
    const industry = request.industry?.trim() ?? '';
    if (characterCount(industry) > COMPANY_INDUSTRY_MAX) invalid('industry', `The industry can have up to ${COMPANY_INDUSTRY_MAX} characters.`);
    else if (hasControlCharacters(industry)) invalid('industry', 'The industry must be one line of text.');
    else changes.industry = industry || null;
  }

  if (request.stage !== undefined) {
    if (request.stage !== null && !COMPANY_STAGES.includes(request.stage)) invalid('stage', 'Choose one of the stages.');
    else changes.stage = request.stage;
  }

  if (request.url !== undefined) {
    const url = request.url?.trim() ?? '';
    if (url.length > COMPANY_URL_MAX) invalid('url', `The address can have up to ${COMPANY_URL_MAX} characters.`);
    else if (url && !isWebAddress(url)) invalid('url', 'Enter a web address starting with http:// or https://.');
    else changes.url = url || null;
  }

  if (request.description !== undefined) {
    const description = request.description?.trim() ?? '';
    if (characterCount(description) > COMPANY_DESCRIPTION_MAX) invalid('description', `The description can have up to ${COMPANY_DESCRIPTION_MAX} characters.`);
    else if (hasControlCharacters(description, 'line-breaks-and-tabs')) invalid('description', 'The description contains characters that cannot be shown.');
    else changes.description = description || null;
  }

  if (request.foundedYear !== undefined) {
    const year = request.foundedYear;
    const thisYear = (options.now ?? new Date()).getUTCFullYear();
    if (year !== null && (!Number.isInteger(year) || year < FOUNDED_YEAR_MIN || year > thisYear)) {
      invalid('foundedYear', `Enter a year from ${FOUNDED_YEAR_MIN} to ${thisYear}.`);
    } else {
      changes.foundedYear = year;
    }
  }
  return { changes, errors };
}

/** What company text search reads: name, industry and description, folded as profiles are (width, case, kana). */
export function companySearchText(company: Pick<CompanyFields, 'name' | 'industry' | 'description'>): string {
  return [company.name, company.industry, company.description]
    .filter((part): part is string => !!part)
    .map((part) => fold(part))
    .join('\n');
}

/** The folded query, or null when it is blank. */
export function companyTextQuery(text: string | null | undefined): string | null {
  const folded = fold(text ?? '').trim();
  return folded === '' ? null : folded;
}
