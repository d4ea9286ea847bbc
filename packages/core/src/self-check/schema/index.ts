export { answerSchema, perspectiveSchema } from '../schema.js';
