// The carers' pages: govuk-frontend's components (error summary focus, character count, conditional answers).
// In a file of its own because the pages' Content-Security-Policy allows no inline script.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
