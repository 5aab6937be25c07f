export { CONTENT_SECURITY_POLICY, HTML_REPORT_DEFAULTS, reportHtml, type HtmlReportOptions } from './report.js';
export { mapLayout, MAP_LAYOUT_DEFAULTS, type MapLayout } from './layout.js';
