// The site frame's widgets (Base.astro), as one chunk loaded after the lesson terminal is up.
import './theme-toggle.ts';
import './progress-notice.ts';
