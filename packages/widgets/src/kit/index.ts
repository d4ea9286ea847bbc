export { defineElement } from './define.js';
export { checkEndpoint } from './endpoint.js';
export {
  CONSENT_FIELD,
  type DataSchema,
  type FormContract,
  FormController,
  type FormControllerOptions,
  type FormState,
  type SubmitContext,
} from './form-controller.js';
export { type FormDefinition, IjmFormElement } from './form-element.js';
export type {
  IjmErrorDetail,
  IjmFormEventMap,
  IjmInvalidDetail,
  IjmSubmitDetail,
  IjmSuccessDetail,
} from './form-events.js';
export {
  type FieldContext,
  type FieldOption,
  type FieldSpec,
  fieldId,
  renderField,
  renderHoneypot,
} from './form-fields.js';
export { type FieldMessage, type FormKitMessages, type FormMessages, formKitEn } from './form-messages.js';
export { formStyles } from './form-styles.js';
export { closestLang, LocalizeController } from './localize.js';
export { hostStyles } from './tokens.js';
export {
  type FailureReason,
  postEnvelope,
  retryAfterMs,
  type TransportOptions,
  type TransportResult,
} from './transport.js';
