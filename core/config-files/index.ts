// Configuration files generated from the knowledge base's service facts: Apple profiles,
// Thunderbird's autoconfig, Outlook's Autodiscover, and the page that hands them out.
export * from './account';
export * from './autoconfig';
export * from './autodiscover';
export * from './mobileconfig';
export * from './page';
export * from './pem';
export * from './ports';
export * from './router';
