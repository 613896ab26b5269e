import { writeFile } from 'node:fs/promises';
import { WEB_API_TYPES, webApiTypes } from './web-api-types.js';

await writeFile(WEB_API_TYPES, await webApiTypes());
console.log(`wrote ${WEB_API_TYPES.pathname}`);
