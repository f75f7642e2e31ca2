// The feature module of each document kind. A kind missing here is recognised but not (yet) served.
import type { DocumentKind } from '../documentKinds';
import { apiPropertiesFeatures } from './apiProperties';
import { scriptFeatures } from './script';
import { swaggerFeatures } from './swagger';
import { paconnSettingsFeatures } from './paconnSettings';
import type { KindFeatures } from './types';

export const KIND_FEATURES: Partial<Record<DocumentKind, KindFeatures>> = {
  apiProperties: apiPropertiesFeatures,
  swagger: swaggerFeatures,
  script: scriptFeatures,
  paconnSettings: paconnSettingsFeatures,
};
