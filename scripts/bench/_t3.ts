import { ensureSiteBuilt } from './site-build';
const t = performance.now();
ensureSiteBuilt(100, console.log);
console.log('built', Math.round(performance.now() - t));
const t2 = performance.now();
ensureSiteBuilt(100, console.log);
console.log('second', Math.round(performance.now() - t2));
