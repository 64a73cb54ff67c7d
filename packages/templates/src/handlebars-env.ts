import type { HelperDelegate, TemplateDelegate } from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { registerHelpers } from './helpers/register-helpers.js';
import type { TemplateSpec } from './theme-spec.js';

// The runtime-only build has no `compile`: with it, no string (and so no CV text) can ever become a
// template at run time. Prototype access stays at its safe default (off); it is never widened.
interface RuntimeEnv {
  template(spec: TemplateSpec): TemplateDelegate;
  registerHelper(name: string, fn: HelperDelegate): void;
  SafeString: new (html: string) => unknown;
}

interface RuntimeModule {
  create(): RuntimeEnv;
}

const env = (runtime as unknown as RuntimeModule).create();
registerHelpers(env);

export function templateFromSpec(spec: TemplateSpec): TemplateDelegate {
  return env.template(spec);
}
