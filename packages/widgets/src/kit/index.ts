export { defineElement } from './define.js';
export { checkEndpoint } from './endpoint.js';
export { FormController, type FormControllerOptions } from './form/controller.js';
export { type FormDefinition, IjmFormElement } from './form/element.js';
export { type FieldContext, fieldId, renderField, renderHoneypot } from './form/fields.js';
export {
  type FieldMessage,
  type FirstPaintKey,
  type FormKitMessages,
  type FormMessages,
  formKitEn,
} from './form/messages.js';
export {
  CONSENT_FIELD,
  type DataSchema,
  type FailureReason,
  type FieldOption,
  type FieldSpec,
  type FormFailure,
  type FormRuntime,
  type FormState,
  type IjmErrorDetail,
  type IjmFormEventMap,
  type IjmInvalidDetail,
  type IjmSubmitDetail,
  type IjmSuccessDetail,
  type SubmitContext,
} from './form/model.js';
export { formStyles } from './form/styles.js';
export { type IconData, renderIcon } from './icon.js';
export { findIcon, isIconData, registerIcons } from './icon-registry.js';
export { closestLang, LocalizeController } from './localize.js';
export { hostStyles } from './tokens.js';
export { postEnvelope, retryAfterMs, type TransportOptions, type TransportResult } from './transport.js';
