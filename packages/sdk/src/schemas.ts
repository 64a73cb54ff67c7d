import type { components } from './generated/openapi.js';

type Schemas = components['schemas'];

// Short names for the types integrators touch most; everything else is under `components`.
export type CvData = Schemas['CvData'];
export type Cv = Schemas['Cv'];
export type Extraction = Schemas['Extraction'];
export type Portfolio = Schemas['Portfolio'];
export type Payment = Schemas['Payment'];
export type Session = Schemas['Session'];
export type Tenant = Schemas['Tenant'];
export type Theme = Schemas['Theme'];
export type User = Schemas['User'];
export type CvDocument = Schemas['CvDocument'];
export type CurrentUser = Schemas['CurrentUser'];
export type JsonResume = Schemas['JsonResume'];
