import type { Catalogue } from './messages';

/** Overleg on a criterion. */
export const COMMENT_MESSAGES: Catalogue = {
  'comment-empty': {
    title: { nl: 'Lege opmerking', en: 'Empty comment' },
    detail: {
      nl: 'Schrijf eerst iets voordat je de opmerking plaatst.',
      en: 'Write something before you post the comment.',
    },
  },
  'comment-too-long': {
    title: { nl: 'Opmerking te lang', en: 'Comment too long' },
    detail: {
      nl: 'Een opmerking heeft hoogstens {max} tekens.',
      en: 'A comment has at most {max} characters.',
    },
  },
  'too-many-mentions': {
    title: { nl: 'Te veel collega’s genoemd', en: 'Too many people mentioned' },
    detail: {
      nl: 'Noem hoogstens {max} collega’s in één opmerking.',
      en: 'Mention at most {max} people in one comment.',
    },
  },
  'comment-not-yours': {
    title: { nl: 'Niet jouw opmerking', en: 'Not your comment' },
    detail: {
      nl: 'Alleen wie de opmerking schreef, kan haar verwijderen.',
      en: 'Only the person who wrote the comment can remove it.',
    },
  },
  'comment-remove-too-late': {
    title: { nl: 'Verwijderen kan niet meer', en: 'Too late to remove' },
    detail: {
      nl: 'Een opmerking verwijder je binnen {minutes} minuten na het plaatsen; daarna hebben anderen haar misschien al gelezen.',
      en: 'You can remove a comment within {minutes} minutes of posting it; after that others may have read it.',
    },
  },
};
