/* eslint-disable */
// @ts-nocheck -- Handlebars' precompiled output is untyped JavaScript.
/**
 * Generated from packages/templates/themes/ by packages/templates/scripts/generate.ts
 * (Handlebars 4.7.10, precompiled). Do not edit: change the theme and run
 * `npm run generate --workspace @resume2website/templates`.
 */
import type { GeneratedTheme, TemplateSpec } from '../theme-spec.js';

export const sharedPartials: Readonly<Record<string, TemplateSpec>> = {
  'contact-inline': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="contact-inline">\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'email'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 3, column: 0 }, end: { line: 5, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'phone'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 6, column: 0 }, end: { line: 8, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'location'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 9, column: 0 }, end: { line: 11, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'professionalLinks'), {
          name: 'each',
          hash: {},
          fn: container.program(6, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</ul>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'availability'),
            lookupProperty(depth0, 'workAuthorization'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 16, column: 8 }, end: { line: 16, column: 46 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(9, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 16, column: 0 }, end: { line: 18, column: 9 } },
          },
        )) != null
          ? stack1
          : '')
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<li>' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'emailHref'),
          {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.program(3, data, 0),
            data: data,
            loc: { start: { line: 4, column: 4 }, end: { line: 4, column: 90 } },
          },
        )) != null
          ? stack1
          : '') +
        '</li>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<a href="' +
        alias1(
          lookupProperty(helpers, 'safeUrl').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'emailHref'),
            {
              name: 'safeUrl',
              hash: {},
              data: data,
              loc: { start: { line: 4, column: 30 }, end: { line: 4, column: 51 } },
            },
          ),
        ) +
        '">' +
        alias1(
          container.lambda(
            container.strict(depth0, 'email', { start: { line: 4, column: 55 }, end: { line: 4, column: 60 } }),
            depth0,
          ),
        ) +
        '</a>'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'email', { start: { line: 4, column: 76 }, end: { line: 4, column: 81 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return (
        '<li>' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'phone', { start: { line: 7, column: 6 }, end: { line: 7, column: 11 } }),
            depth0,
          ),
        ) +
        '</li>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<li>' +
        container.escapeExpression(
          lookupProperty(helpers, 'place').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'location'),
            {
              name: 'place',
              hash: {},
              data: data,
              loc: { start: { line: 10, column: 4 }, end: { line: 10, column: 22 } },
            },
          ),
        ) +
        '</li>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<li><a href="' +
        container.escapeExpression(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'url'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 13, column: 13 }, end: { line: 13, column: 28 } },
          }),
        ) +
        '" rel="me">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'platform'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0),
          inverse: container.program(8, data, 0),
          data: data,
          loc: { start: { line: 13, column: 39 }, end: { line: 13, column: 100 } },
        })) != null
          ? stack1
          : '') +
        '</a></li>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'platform', { start: { line: 13, column: 57 }, end: { line: 13, column: 65 } }),
          depth0,
        ),
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return container.escapeExpression(
        lookupProperty(helpers, 'displayUrl').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'url'),
          {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 13, column: 75 }, end: { line: 13, column: 93 } },
          },
        ),
      );
    },
    '9': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="contact-status">' +
        container.escapeExpression(container.lambda(blockParams[0][0], depth0)) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'contact'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 19, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  footer: {
    '0': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        ' · ' +
        alias1(
          lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'publishedWith', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 2, column: 43 }, end: { line: 2, column: 64 } },
          }),
        ) +
        ' ' +
        alias1(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'brandName', {
              start: { line: 2, column: 67 },
              end: { line: 2, column: 81 },
            }),
            depth0,
          ),
        )
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<footer class="site-footer">\n<p>© ' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'name', {
              start: { line: 2, column: 7 },
              end: { line: 2, column: 16 },
            }),
            depth0,
          ),
        ) +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(lookupProperty(depth0, 'site'), 'brandName'),
          {
            name: 'if',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 2, column: 18 }, end: { line: 2, column: 90 } },
          },
        )) != null
          ? stack1
          : '') +
        '</p>\n</footer>\n'
      );
    },
    useData: true,
  },
  head: {
    '0': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<meta name="description" content="' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'description', {
              start: { line: 7, column: 36 },
              end: { line: 7, column: 52 },
            }),
            depth0,
          ),
        ) +
        '">\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.strict,
        alias3 = container.lambda,
        alias4 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self' data: https:; base-uri 'none'; form-action 'none'\">\n" +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(lookupProperty(depth0, 'site'), 'canonicalUrl'),
          {
            name: 'if',
            hash: {},
            fn: container.program(2, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 11, column: 0 }, end: { line: 14, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '<meta property="og:type" content="profile">\n<meta property="og:title" content="' +
        alias4(
          alias3(
            alias2(lookupProperty(depth0, 'site'), 'title', {
              start: { line: 16, column: 37 },
              end: { line: 16, column: 47 },
            }),
            depth0,
          ),
        ) +
        '">\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(lookupProperty(depth0, 'site'), 'description'),
          {
            name: 'if',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(lookupProperty(depth0, 'site'), 'imageUrl'),
          {
            name: 'if',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '<meta name="twitter:card" content="summary">\n<meta name="twitter:title" content="' +
        alias4(
          alias3(
            alias2(lookupProperty(depth0, 'site'), 'title', {
              start: { line: 24, column: 38 },
              end: { line: 24, column: 48 },
            }),
            depth0,
          ),
        ) +
        '">\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(lookupProperty(depth0, 'site'), 'description'),
          {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 25, column: 0 }, end: { line: 27, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '\u003Cscript type="application/ld+json">' +
        alias4(
          lookupProperty(helpers, 'jsonLd').call(alias1, lookupProperty(lookupProperty(depth0, 'site'), 'jsonLd'), {
            name: 'jsonLd',
            hash: {},
            data: data,
            loc: { start: { line: 28, column: 35 }, end: { line: 28, column: 57 } },
          }),
        ) +
        '\u003C/script>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<link rel="canonical" href="' +
        alias1(
          lookupProperty(helpers, 'safeUrl').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(lookupProperty(depth0, 'site'), 'canonicalUrl'),
            {
              name: 'safeUrl',
              hash: {},
              data: data,
              loc: { start: { line: 12, column: 28 }, end: { line: 12, column: 57 } },
            },
          ),
        ) +
        '">\n<meta property="og:url" content="' +
        alias1(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'canonicalUrl', {
              start: { line: 13, column: 35 },
              end: { line: 13, column: 52 },
            }),
            depth0,
          ),
        ) +
        '">\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<meta property="og:description" content="' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'description', {
              start: { line: 18, column: 43 },
              end: { line: 18, column: 59 },
            }),
            depth0,
          ),
        ) +
        '">\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<meta property="og:image" content="' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'imageUrl', {
              start: { line: 21, column: 37 },
              end: { line: 21, column: 50 },
            }),
            depth0,
          ),
        ) +
        '">\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<meta name="twitter:description" content="' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'description', {
              start: { line: 26, column: 44 },
              end: { line: 26, column: 60 },
            }),
            depth0,
          ),
        ) +
        '">\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      return '<meta name="robots" content="noindex, nofollow">\n';
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression,
        alias4 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light dark">\n<link rel="icon" href="data:,">\n<title>' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'site'), 'title', {
              start: { line: 5, column: 9 },
              end: { line: 5, column: 19 },
            }),
            depth0,
          ),
        ) +
        '</title>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'site'), 'description'),
          {
            name: 'if',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 6, column: 0 }, end: { line: 8, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias4,
          lookupProperty(lookupProperty(depth0, 'site'), 'published'),
          {
            name: 'if',
            hash: {},
            fn: container.program(1, data, 0),
            inverse: container.program(6, data, 0),
            data: data,
            loc: { start: { line: 9, column: 0 }, end: { line: 31, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '<link rel="stylesheet" href="' +
        alias3(
          alias2(
            alias1(lookupProperty(depth0, 'site'), 'cssHref', {
              start: { line: 32, column: 31 },
              end: { line: 32, column: 43 },
            }),
            depth0,
          ),
        ) +
        '">\n'
      );
    },
    useData: true,
  },
  hero: {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'professionalTitle'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 3, column: 0 }, end: { line: 5, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'summaryTagline'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 6, column: 0 }, end: { line: 8, column: 7 } },
        })) != null
          ? stack1
          : '')
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="headline">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'professionalTitle', {
              start: { line: 4, column: 22 },
              end: { line: 4, column: 39 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="tagline">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'summaryTagline', {
              start: { line: 7, column: 21 },
              end: { line: 7, column: 35 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<h1 class="name">' +
        container.escapeExpression(
          container.lambda(
            container.strict(lookupProperty(depth0, 'site'), 'name', {
              start: { line: 1, column: 19 },
              end: { line: 1, column: 28 },
            }),
            depth0,
          ),
        ) +
        '</h1>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(lookupProperty(depth0, 'cv'), 'hero'),
          {
            name: 'with',
            hash: {},
            fn: container.program(0, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 2, column: 0 }, end: { line: 9, column: 9 } },
          },
        )) != null
          ? stack1
          : '')
      );
    },
    useData: true,
  },
  'main-sections': {
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-summary'), depth0, {
          name: 'section-summary',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-experience'), depth0, {
          name: 'section-experience',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-education'), depth0, {
          name: 'section-education',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-skills'), depth0, {
          name: 'section-skills',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-projects'), depth0, {
          name: 'section-projects',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-achievements'), depth0, {
          name: 'section-achievements',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-certifications'), depth0, {
          name: 'section-certifications',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-languages'), depth0, {
          name: 'section-languages',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-courses'), depth0, {
          name: 'section-courses',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-volunteer'), depth0, {
          name: 'section-volunteer',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-publications'), depth0, {
          name: 'section-publications',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-speaking'), depth0, {
          name: 'section-speaking',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-patents'), depth0, {
          name: 'section-patents',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-memberships'), depth0, {
          name: 'section-memberships',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-hobbies'), depth0, {
          name: 'section-hobbies',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-testimonials'), depth0, {
          name: 'section-testimonials',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '') +
        ((stack1 = container.invokePartial(lookupProperty(partials, 'section-unclassified'), depth0, {
          name: 'section-unclassified',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '')
      );
    },
    usePartial: true,
    useData: true,
  },
  photo: {
    '0': function (container, depth0, helpers, partials, data) {
      var alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression;

      return (
        '<img class="photo" src="' +
        alias3(
          alias2(alias1(depth0, 'src', { start: { line: 2, column: 26 }, end: { line: 2, column: 29 } }), depth0),
        ) +
        '" alt="' +
        alias3(
          alias2(alias1(depth0, 'alt', { start: { line: 2, column: 40 }, end: { line: 2, column: 43 } }), depth0),
        ) +
        '" width="160" height="160">\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'site'), 'photo'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 3, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-achievements': {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-achievements" aria-labelledby="achievements-title">\n<h2 id="achievements-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'achievements', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            loc: { start: { line: 3, column: 50 }, end: { line: 3, column: 94 } },
          }),
        ) +
        '</h2>\n<div class="stats">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'achievements'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 5, column: 0 }, end: { line: 23, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</div>\n</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry stat">\n<h3 class="stat-label">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'label'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.program(3, data, 0),
          data: data,
          loc: { start: { line: 7, column: 23 }, end: { line: 7, column: 69 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'label'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 8, column: 0 }, end: { line: 12, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'awarder'), {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'contextOrDetail'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 16, column: 0 }, end: { line: 18, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'timeframe'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 19, column: 0 }, end: { line: 21, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'label', { start: { line: 7, column: 38 }, end: { line: 7, column: 43 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'value', { start: { line: 7, column: 55 }, end: { line: 7, column: 60 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'value'),
        {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 9, column: 0 }, end: { line: 11, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '5': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="stat-value">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'value', { start: { line: 10, column: 24 }, end: { line: 10, column: 29 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'awarder', { start: { line: 14, column: 23 }, end: { line: 14, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="stat-detail">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'contextOrDetail', {
              start: { line: 17, column: 25 },
              end: { line: 17, column: 40 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-meta">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'timeframe', { start: { line: 20, column: 24 }, end: { line: 20, column: 33 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'achievements'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 26, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-certifications': {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-certifications" aria-labelledby="certifications-title">\n<h2 id="certifications-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(
            alias1,
            'certifications',
            lookupProperty(depth0, 'sectionTitle'),
            {
              name: 'sectionTitle',
              hash: {},
              data: data,
              loc: { start: { line: 3, column: 52 }, end: { line: 3, column: 98 } },
            },
          ),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'certificationItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 4, column: 0 }, end: { line: 24, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.program(3, data, 0),
          data: data,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 84 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'issueDate'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 12, column: 0 }, end: { line: 16, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(helpers, 'or').call(
            alias1,
            lookupProperty(depth0, 'expirationDate'),
            lookupProperty(depth0, 'credentialId'),
            {
              name: 'or',
              hash: {},
              data: data,
              loc: { start: { line: 17, column: 6 }, end: { line: 17, column: 38 } },
            },
          ),
          {
            name: 'if',
            hash: {},
            fn: container.program(7, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'verificationUrl'), {
          name: 'if',
          hash: {},
          fn: container.program(11, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'title', { start: { line: 7, column: 39 }, end: { line: 7, column: 44 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'issuingOrganization', {
            start: { line: 7, column: 56 },
            end: { line: 7, column: 75 },
          }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-when">' +
        container.escapeExpression(
          lookupProperty(helpers, 'date').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'issueDate'),
            {
              name: 'date',
              hash: {},
              data: data,
              loc: { start: { line: 9, column: 22 }, end: { line: 9, column: 40 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'issuingOrganization'),
        {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'issuingOrganization', {
              start: { line: 14, column: 23 },
              end: { line: 14, column: 42 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-meta">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'expirationDate'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 18, column: 22 }, end: { line: 18, column: 90 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(helpers, 'and').call(
            alias1,
            lookupProperty(depth0, 'expirationDate'),
            lookupProperty(depth0, 'credentialId'),
            {
              name: 'and',
              hash: {},
              data: data,
              loc: { start: { line: 18, column: 96 }, end: { line: 18, column: 129 } },
            },
          ),
          {
            name: 'if',
            hash: {},
            fn: container.program(9, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 18, column: 90 }, end: { line: 18, column: 141 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'credentialId'), {
          name: 'if',
          hash: {},
          fn: container.program(10, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 18, column: 141 }, end: { line: 18, column: 205 } },
        })) != null
          ? stack1
          : '') +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        alias2(
          lookupProperty(helpers, 't').call(alias1, 'expires', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 18, column: 44 }, end: { line: 18, column: 59 } },
          }),
        ) +
        ' ' +
        alias2(
          lookupProperty(helpers, 'date').call(alias1, lookupProperty(depth0, 'expirationDate'), {
            name: 'date',
            hash: {},
            data: data,
            loc: { start: { line: 18, column: 60 }, end: { line: 18, column: 83 } },
          }),
        )
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      return ' · ';
    },
    '10': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        alias1(
          lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'credentialId', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 18, column: 161 }, end: { line: 18, column: 181 } },
          }),
        ) +
        ' ' +
        alias1(
          container.lambda(
            container.strict(depth0, 'credentialId', {
              start: { line: 18, column: 184 },
              end: { line: 18, column: 196 },
            }),
            depth0,
          ),
        )
      );
    },
    '11': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-link"><a href="' +
        alias2(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'verificationUrl'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 21, column: 31 }, end: { line: 21, column: 58 } },
          }),
        ) +
        '">' +
        alias2(
          lookupProperty(helpers, 'displayUrl').call(alias1, lookupProperty(depth0, 'verificationUrl'), {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 21, column: 60 }, end: { line: 21, column: 90 } },
          }),
        ) +
        '</a></p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'certifications'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 26, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-contact': {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-contact" aria-labelledby="contact-title">\n<h2 id="contact-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 't').call(alias1, 'contact', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 3, column: 45 }, end: { line: 3, column: 60 } },
          }),
        ) +
        '</h2>\n<dl class="contact-list">\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'email'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 5, column: 0 }, end: { line: 7, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'phone'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'location'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 11, column: 0 }, end: { line: 13, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'professionalLinks'), {
          name: 'each',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 14, column: 0 }, end: { line: 16, column: 9 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'availability'), {
          name: 'if',
          hash: {},
          fn: container.program(9, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'workAuthorization'), {
          name: 'if',
          hash: {},
          fn: container.program(10, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</dl>\n</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div><dt>' +
        container.escapeExpression(
          lookupProperty(helpers, 't').call(alias1, 'email', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 6, column: 9 }, end: { line: 6, column: 22 } },
          }),
        ) +
        '</dt><dd>' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'emailHref'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.program(3, data, 0),
          data: data,
          loc: { start: { line: 6, column: 31 }, end: { line: 6, column: 117 } },
        })) != null
          ? stack1
          : '') +
        '</dd></div>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<a href="' +
        alias1(
          lookupProperty(helpers, 'safeUrl').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'emailHref'),
            {
              name: 'safeUrl',
              hash: {},
              data: data,
              loc: { start: { line: 6, column: 57 }, end: { line: 6, column: 78 } },
            },
          ),
        ) +
        '">' +
        alias1(
          container.lambda(
            container.strict(depth0, 'email', { start: { line: 6, column: 82 }, end: { line: 6, column: 87 } }),
            depth0,
          ),
        ) +
        '</a>'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'email', { start: { line: 6, column: 103 }, end: { line: 6, column: 108 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div><dt>' +
        alias1(
          lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'phone', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 9, column: 9 }, end: { line: 9, column: 22 } },
          }),
        ) +
        '</dt><dd>' +
        alias1(
          container.lambda(
            container.strict(depth0, 'phone', { start: { line: 9, column: 33 }, end: { line: 9, column: 38 } }),
            depth0,
          ),
        ) +
        '</dd></div>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div><dt>' +
        alias2(
          lookupProperty(helpers, 't').call(alias1, 'location', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 12, column: 9 }, end: { line: 12, column: 25 } },
          }),
        ) +
        '</dt><dd>' +
        alias2(
          lookupProperty(helpers, 'place').call(alias1, lookupProperty(depth0, 'location'), {
            name: 'place',
            hash: {},
            data: data,
            loc: { start: { line: 12, column: 34 }, end: { line: 12, column: 52 } },
          }),
        ) +
        '</dd></div>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div><dt>' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'platform'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0),
          inverse: container.program(8, data, 0),
          data: data,
          loc: { start: { line: 15, column: 9 }, end: { line: 15, column: 65 } },
        })) != null
          ? stack1
          : '') +
        '</dt><dd><a href="' +
        alias2(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'url'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 15, column: 83 }, end: { line: 15, column: 98 } },
          }),
        ) +
        '" rel="me">' +
        alias2(
          lookupProperty(helpers, 'displayUrl').call(alias1, lookupProperty(depth0, 'url'), {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 15, column: 109 }, end: { line: 15, column: 127 } },
          }),
        ) +
        '</a></dd></div>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'platform', { start: { line: 15, column: 27 }, end: { line: 15, column: 35 } }),
          depth0,
        ),
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return container.escapeExpression(
        lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'links', {
          name: 't',
          hash: {},
          data: data,
          loc: { start: { line: 15, column: 45 }, end: { line: 15, column: 58 } },
        }),
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div><dt>' +
        alias1(
          lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'availability', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 18, column: 9 }, end: { line: 18, column: 29 } },
          }),
        ) +
        '</dt><dd>' +
        alias1(
          container.lambda(
            container.strict(depth0, 'availability', {
              start: { line: 18, column: 40 },
              end: { line: 18, column: 52 },
            }),
            depth0,
          ),
        ) +
        '</dd></div>\n'
      );
    },
    '10': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div><dt>' +
        alias1(
          lookupProperty(helpers, 't').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'workAuthorization',
            { name: 't', hash: {}, data: data, loc: { start: { line: 21, column: 9 }, end: { line: 21, column: 34 } } },
          ),
        ) +
        '</dt><dd>' +
        alias1(
          container.lambda(
            container.strict(depth0, 'workAuthorization', {
              start: { line: 21, column: 45 },
              end: { line: 21, column: 62 },
            }),
            depth0,
          ),
        ) +
        '</dd></div>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'contact'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 25, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-courses': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-courses" aria-labelledby="courses-title">\n<h2 id="courses-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'courses', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 45 }, end: { line: 3, column: 84 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'courseItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 28, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 76 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'dateRange').call(alias1, lookupProperty(depth0, 'dateRange'), {
            name: 'dateRange',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 8 }, end: { line: 8, column: 29 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(4, data, 1, blockParams),
            inverse: container.program(5, data, 0, blockParams),
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 0 }, end: { line: 14, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 16, column: 0 }, end: { line: 20, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(9, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'certificateUrl'), {
          name: 'if',
          hash: {},
          fn: container.program(10, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 24, column: 0 }, end: { line: 26, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'title', { start: { line: 7, column: 39 }, end: { line: 7, column: 44 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'institution', { start: { line: 7, column: 56 }, end: { line: 7, column: 67 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-when">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'year'),
        {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 11, column: 0 }, end: { line: 13, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-when">' +
        container.escapeExpression(
          lookupProperty(helpers, 'date').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'year'),
            {
              name: 'date',
              hash: {},
              data: data,
              loc: { start: { line: 12, column: 22 }, end: { line: 12, column: 35 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'institution'),
        {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'institution', { start: { line: 18, column: 23 }, end: { line: 18, column: 34 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 22, column: 19 }, end: { line: 22, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '10': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-link"><a href="' +
        alias2(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'certificateUrl'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 25, column: 31 }, end: { line: 25, column: 57 } },
          }),
        ) +
        '">' +
        alias2(
          lookupProperty(helpers, 'displayUrl').call(alias1, lookupProperty(depth0, 'certificateUrl'), {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 25, column: 59 }, end: { line: 25, column: 88 } },
          }),
        ) +
        '</a></p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'courses'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 30, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-education': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-education" aria-labelledby="education-title">\n<h2 id="education-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'education', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 47 }, end: { line: 3, column: 88 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'educationItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 30, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'degree'),
            lookupProperty(depth0, 'fieldOfStudy'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 7, column: 32 }, end: { line: 7, column: 59 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(2, data, 1, blockParams),
            inverse: container.program(3, data, 0, blockParams),
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 113 } },
          },
        )) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'dateRange').call(alias1, lookupProperty(depth0, 'dateRange'), {
            name: 'dateRange',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 8 }, end: { line: 8, column: 29 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(4, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(helpers, 'or').call(
            alias1,
            lookupProperty(depth0, 'degree'),
            lookupProperty(depth0, 'fieldOfStudy'),
            {
              name: 'or',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 12, column: 6 }, end: { line: 12, column: 30 } },
            },
          ),
          {
            name: 'if',
            hash: {},
            fn: container.program(5, data, 0, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 12, column: 0 }, end: { line: 16, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(helpers, 'place').call(alias1, lookupProperty(depth0, 'location'), {
              name: 'place',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 17, column: 15 }, end: { line: 17, column: 31 } },
            }),
            lookupProperty(depth0, 'gpa'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 17, column: 8 }, end: { line: 17, column: 36 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(7, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'honors'), {
          name: 'if',
          hash: {},
          fn: container.program(9, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 23, column: 0 }, end: { line: 25, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'relevantCoursework'), {
          name: 'if',
          hash: {},
          fn: container.program(10, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 26, column: 0 }, end: { line: 28, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data, blockParams) {
      return container.escapeExpression(container.lambda(blockParams[0][0], depth0));
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'institution', { start: { line: 7, column: 91 }, end: { line: 7, column: 102 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-when">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'institution'),
        {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'institution', { start: { line: 14, column: 23 }, end: { line: 14, column: 34 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-meta">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 21, column: 19 }, end: { line: 21, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-detail"><span class="label">' +
        alias2(
          lookupProperty(helpers, 't').call(alias1, 'honors', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 24, column: 44 }, end: { line: 24, column: 58 } },
          }),
        ) +
        ':</span> ' +
        alias2(
          lookupProperty(helpers, 'join').call(alias1, lookupProperty(depth0, 'honors'), ', ', {
            name: 'join',
            hash: {},
            data: data,
            loc: { start: { line: 24, column: 67 }, end: { line: 24, column: 87 } },
          }),
        ) +
        '</p>\n'
      );
    },
    '10': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-detail"><span class="label">' +
        alias2(
          lookupProperty(helpers, 't').call(alias1, 'coursework', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 27, column: 44 }, end: { line: 27, column: 62 } },
          }),
        ) +
        ':</span> ' +
        alias2(
          lookupProperty(helpers, 'join').call(alias1, lookupProperty(depth0, 'relevantCoursework'), ', ', {
            name: 'join',
            hash: {},
            data: data,
            loc: { start: { line: 27, column: 71 }, end: { line: 27, column: 103 } },
          }),
        ) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'education'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 32, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-experience': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-experience" aria-labelledby="experience-title">\n<h2 id="experience-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'experience', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 48 }, end: { line: 3, column: 90 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'experienceItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 38, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'jobTitle'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 82 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'dateRange').call(alias1, lookupProperty(depth0, 'dateRange'), {
            name: 'dateRange',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 8 }, end: { line: 8, column: 29 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(4, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'jobTitle'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 12, column: 0 }, end: { line: 16, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(helpers, 'place').call(alias1, lookupProperty(depth0, 'location'), {
              name: 'place',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 17, column: 15 }, end: { line: 17, column: 31 } },
            }),
            lookupProperty(depth0, 'employmentType'),
            lookupProperty(depth0, 'remoteWork'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 17, column: 8 }, end: { line: 17, column: 58 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(7, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(depth0, 'responsibilitiesAndAchievements'),
          {
            name: 'if',
            hash: {},
            fn: container.program(9, data, 0, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 23, column: 0 }, end: { line: 29, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'technologiesUsed'), {
          name: 'if',
          hash: {},
          fn: container.program(11, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 30, column: 0 }, end: { line: 36, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'jobTitle', { start: { line: 7, column: 42 }, end: { line: 7, column: 50 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'companyName', { start: { line: 7, column: 62 }, end: { line: 7, column: 73 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-when">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'companyName'),
        {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'companyName', { start: { line: 14, column: 23 }, end: { line: 14, column: 34 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-meta">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 21, column: 19 }, end: { line: 21, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="bullets">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'responsibilitiesAndAchievements'),
          {
            name: 'each',
            hash: {},
            fn: container.program(10, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 25, column: 0 }, end: { line: 27, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '10': function (container, depth0, helpers, partials, data) {
      return '<li>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</li>\n';
    },
    '11': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="tags">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'technologiesUsed'),
          {
            name: 'each',
            hash: {},
            fn: container.program(10, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 32, column: 0 }, end: { line: 34, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'experience'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 40, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-hobbies': {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-hobbies" aria-labelledby="hobbies-title">\n<h2 id="hobbies-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'hobbies', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            loc: { start: { line: 3, column: 45 }, end: { line: 3, column: 84 } },
          }),
        ) +
        '</h2>\n<ul class="tags">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'hobbies'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 5, column: 0 }, end: { line: 7, column: 9 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'interestItems'), {
          name: 'each',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</ul>\n</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      return '<li>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</li>\n';
    },
    '2': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<li>' +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'name'),
          {
            name: 'if',
            hash: {},
            fn: container.program(3, data, 0),
            inverse: container.program(5, data, 0),
            data: data,
            loc: { start: { line: 9, column: 4 }, end: { line: 9, column: 109 } },
          },
        )) != null
          ? stack1
          : '') +
        '</li>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'name', { start: { line: 9, column: 18 }, end: { line: 9, column: 22 } }),
            depth0,
          ),
        ) +
        ((stack1 = lookupProperty(helpers, 'if').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'keywords'),
          {
            name: 'if',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 9, column: 24 }, end: { line: 9, column: 72 } },
          },
        )) != null
          ? stack1
          : '')
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        ' (' +
        container.escapeExpression(
          lookupProperty(helpers, 'join').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'keywords'),
            ', ',
            {
              name: 'join',
              hash: {},
              data: data,
              loc: { start: { line: 9, column: 42 }, end: { line: 9, column: 64 } },
            },
          ),
        ) +
        ')'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return container.escapeExpression(
        lookupProperty(helpers, 'join').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'keywords'),
          ', ',
          {
            name: 'join',
            hash: {},
            data: data,
            loc: { start: { line: 9, column: 80 }, end: { line: 9, column: 102 } },
          },
        ),
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'hobbies'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 13, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-languages': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-languages" aria-labelledby="languages-title">\n<h2 id="languages-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'languages', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 47 }, end: { line: 3, column: 88 } },
          }),
        ) +
        '</h2>\n<ul class="language-list">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'languageItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 5, column: 0 }, end: { line: 7, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</ul>\n</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<li><span class="language-name">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'language', { start: { line: 6, column: 34 }, end: { line: 6, column: 42 } }),
            depth0,
          ),
        ) +
        '</span>' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'proficiency'),
            lookupProperty(depth0, 'certification'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 6, column: 59 }, end: { line: 6, column: 92 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(2, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 6, column: 51 }, end: { line: 6, column: 160 } },
          },
        )) != null
          ? stack1
          : '') +
        '</li>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        ' <span class="language-level">' +
        container.escapeExpression(container.lambda(blockParams[0][0], depth0)) +
        '</span>'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'languages'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 10, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-memberships': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-memberships" aria-labelledby="memberships-title">\n<h2 id="memberships-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'memberships', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 49 }, end: { line: 3, column: 92 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'memberships'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 25, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'organization'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 83 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'dateRange').call(alias1, lookupProperty(depth0, 'dateRange'), {
            name: 'dateRange',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 8 }, end: { line: 8, column: 29 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(4, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'organization'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0, blockParams),
          inverse: container.program(7, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 12, column: 0 }, end: { line: 20, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(9, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'organization', { start: { line: 7, column: 46 }, end: { line: 7, column: 58 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'role', { start: { line: 7, column: 70 }, end: { line: 7, column: 74 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-when">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        alias1,
        lookupProperty(helpers, 'parts').call(
          alias1,
          lookupProperty(depth0, 'role'),
          lookupProperty(depth0, 'membershipType'),
          {
            name: 'parts',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 13, column: 8 }, end: { line: 13, column: 35 } },
          },
        ),
        {
          name: 'with',
          hash: {},
          fn: container.program(6, data, 1, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-meta">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'membershipType'),
        {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-meta">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'membershipType', {
              start: { line: 18, column: 24 },
              end: { line: 18, column: 38 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 22, column: 19 }, end: { line: 22, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'memberships'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 27, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-patents': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-patents" aria-labelledby="patents-title">\n<h2 id="patents-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'patents', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 45 }, end: { line: 3, column: 84 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'patents'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 28, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 77 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'issueDate'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'patentNumber'),
            lookupProperty(depth0, 'status'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 12, column: 8 }, end: { line: 12, column: 35 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(5, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'filingDate'), {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 15, column: 0 }, end: { line: 17, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'inventors'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 18, column: 0 }, end: { line: 20, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'patentUrl'), {
          name: 'if',
          hash: {},
          fn: container.program(9, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 24, column: 0 }, end: { line: 26, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'title', { start: { line: 7, column: 39 }, end: { line: 7, column: 44 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'patentNumber', { start: { line: 7, column: 56 }, end: { line: 7, column: 68 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-when">' +
        container.escapeExpression(
          lookupProperty(helpers, 'date').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'issueDate'),
            {
              name: 'date',
              hash: {},
              data: data,
              loc: { start: { line: 9, column: 22 }, end: { line: 9, column: 40 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-org">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-meta">' +
        alias2(
          lookupProperty(helpers, 't').call(alias1, 'filed', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 16, column: 22 }, end: { line: 16, column: 35 } },
          }),
        ) +
        ' ' +
        alias2(
          lookupProperty(helpers, 'date').call(alias1, lookupProperty(depth0, 'filingDate'), {
            name: 'date',
            hash: {},
            data: data,
            loc: { start: { line: 16, column: 36 }, end: { line: 16, column: 55 } },
          }),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-meta"><span class="label">' +
        alias2(
          lookupProperty(helpers, 't').call(alias1, 'inventors', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 19, column: 42 }, end: { line: 19, column: 59 } },
          }),
        ) +
        ':</span> ' +
        alias2(
          lookupProperty(helpers, 'join').call(alias1, lookupProperty(depth0, 'inventors'), ', ', {
            name: 'join',
            hash: {},
            data: data,
            loc: { start: { line: 19, column: 68 }, end: { line: 19, column: 91 } },
          }),
        ) +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 22, column: 19 }, end: { line: 22, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-link"><a href="' +
        alias2(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'patentUrl'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 25, column: 31 }, end: { line: 25, column: 52 } },
          }),
        ) +
        '">' +
        alias2(
          lookupProperty(helpers, 'displayUrl').call(alias1, lookupProperty(depth0, 'patentUrl'), {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 25, column: 54 }, end: { line: 25, column: 78 } },
          }),
        ) +
        '</a></p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'patents'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 30, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-projects': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-projects" aria-labelledby="projects-title">\n<h2 id="projects-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'projects', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 46 }, end: { line: 3, column: 86 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'projectItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 38, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 69 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'dateRange').call(alias1, lookupProperty(depth0, 'dateRange'), {
            name: 'dateRange',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 8 }, end: { line: 8, column: 29 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(4, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 12, column: 0 }, end: { line: 16, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'highlights'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 20, column: 0 }, end: { line: 26, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'technologiesUsed'), {
          name: 'if',
          hash: {},
          fn: container.program(10, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 27, column: 0 }, end: { line: 33, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'projectUrl'), {
          name: 'if',
          hash: {},
          fn: container.program(11, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 34, column: 0 }, end: { line: 36, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'title', { start: { line: 7, column: 39 }, end: { line: 7, column: 44 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'role', { start: { line: 7, column: 56 }, end: { line: 7, column: 60 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-when">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'role'),
        {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'role', { start: { line: 14, column: 23 }, end: { line: 14, column: 27 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 18, column: 19 }, end: { line: 18, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="bullets">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'highlights'),
          {
            name: 'each',
            hash: {},
            fn: container.program(9, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 22, column: 0 }, end: { line: 24, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      return '<li>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</li>\n';
    },
    '10': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="tags">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'technologiesUsed'),
          {
            name: 'each',
            hash: {},
            fn: container.program(9, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 29, column: 0 }, end: { line: 31, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '11': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-link"><a href="' +
        alias2(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'projectUrl'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 35, column: 31 }, end: { line: 35, column: 53 } },
          }),
        ) +
        '">' +
        alias2(
          lookupProperty(helpers, 'displayUrl').call(alias1, lookupProperty(depth0, 'projectUrl'), {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 35, column: 55 }, end: { line: 35, column: 80 } },
          }),
        ) +
        '</a></p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'projects'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 40, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-publications': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-publications" aria-labelledby="publications-title">\n<h2 id="publications-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'publications', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 50 }, end: { line: 3, column: 94 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'publications'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 25, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'publicationUrl'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 120 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'publicationDate'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'journalName'),
            lookupProperty(depth0, 'conferenceName'),
            lookupProperty(depth0, 'publicationType'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 12, column: 8 }, end: { line: 12, column: 58 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(5, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'authors'), {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 15, column: 0 }, end: { line: 17, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'doi'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 18, column: 0 }, end: { line: 20, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<a href="' +
        alias1(
          lookupProperty(helpers, 'safeUrl').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'publicationUrl'),
            {
              name: 'safeUrl',
              hash: {},
              data: data,
              loc: { start: { line: 7, column: 55 }, end: { line: 7, column: 81 } },
            },
          ),
        ) +
        '">' +
        alias1(
          container.lambda(
            container.strict(depth0, 'title', { start: { line: 7, column: 85 }, end: { line: 7, column: 90 } }),
            depth0,
          ),
        ) +
        '</a>'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'title', { start: { line: 7, column: 106 }, end: { line: 7, column: 111 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-when">' +
        container.escapeExpression(
          lookupProperty(helpers, 'date').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'publicationDate'),
            {
              name: 'date',
              hash: {},
              data: data,
              loc: { start: { line: 9, column: 22 }, end: { line: 9, column: 46 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-org">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-meta">' +
        container.escapeExpression(
          lookupProperty(helpers, 'join').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'authors'),
            ', ',
            {
              name: 'join',
              hash: {},
              data: data,
              loc: { start: { line: 16, column: 22 }, end: { line: 16, column: 43 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-meta">DOI ' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'doi', { start: { line: 19, column: 28 }, end: { line: 19, column: 31 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 22, column: 19 }, end: { line: 22, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'publications'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 27, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-skills': {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-skills" aria-labelledby="skills-title">\n<h2 id="skills-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'skills', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            loc: { start: { line: 3, column: 44 }, end: { line: 3, column: 82 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'skillCategories'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 4, column: 0 }, end: { line: 20, column: 9 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'ratedSkills'), {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 21, column: 0 }, end: { line: 27, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'ungroupedSkills'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 28, column: 0 }, end: { line: 34, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<div class="skill-group">\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'categoryName'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 6, column: 0 }, end: { line: 8, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'level'), {
          name: 'if',
          hash: {},
          fn: container.program(3, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 9, column: 0 }, end: { line: 11, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'skills'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 12, column: 0 }, end: { line: 18, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</div>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return (
        '<h3 class="skill-group-title">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'categoryName', { start: { line: 7, column: 32 }, end: { line: 7, column: 44 } }),
            depth0,
          ),
        ) +
        '</h3>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-meta skill-level">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'level', { start: { line: 10, column: 36 }, end: { line: 10, column: 41 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="tags">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'skills'),
          {
            name: 'each',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 14, column: 0 }, end: { line: 16, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      return '<li>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</li>\n';
    },
    '6': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="tags rated-skills">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'ratedSkills'),
          {
            name: 'each',
            hash: {},
            fn: container.program(7, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 23, column: 0 }, end: { line: 25, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var alias1 = container.strict,
        alias2 = container.lambda,
        alias3 = container.escapeExpression;

      return (
        '<li>' +
        alias3(
          alias2(alias1(depth0, 'name', { start: { line: 24, column: 6 }, end: { line: 24, column: 10 } }), depth0),
        ) +
        ' <span class="skill-level">(' +
        alias3(
          alias2(alias1(depth0, 'level', { start: { line: 24, column: 42 }, end: { line: 24, column: 47 } }), depth0),
        ) +
        ')</span></li>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="tags">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'ungroupedSkills'),
          {
            name: 'each',
            hash: {},
            fn: container.program(5, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 30, column: 0 }, end: { line: 32, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'skills'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 36, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-speaking': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-speaking" aria-labelledby="speaking-title">\n<h2 id="speaking-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'speaking', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 46 }, end: { line: 3, column: 86 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'speakingEngagements'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 25, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'title'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 74 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'date'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'eventName'),
            lookupProperty(depth0, 'venue'),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 12, column: 8 }, end: { line: 12, column: 31 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(5, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'role'), {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 15, column: 0 }, end: { line: 17, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 18, column: 0 }, end: { line: 20, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'eventUrl'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 21, column: 0 }, end: { line: 23, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'title', { start: { line: 7, column: 39 }, end: { line: 7, column: 44 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'eventName', { start: { line: 7, column: 56 }, end: { line: 7, column: 65 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-when">' +
        container.escapeExpression(
          lookupProperty(helpers, 'date').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'date'),
            {
              name: 'date',
              hash: {},
              data: data,
              loc: { start: { line: 9, column: 22 }, end: { line: 9, column: 35 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-org">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-meta">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'role', { start: { line: 16, column: 24 }, end: { line: 16, column: 28 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 19, column: 19 }, end: { line: 19, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      var alias1 = depth0 != null ? depth0 : container.nullContext || {},
        alias2 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="entry-link"><a href="' +
        alias2(
          lookupProperty(helpers, 'safeUrl').call(alias1, lookupProperty(depth0, 'eventUrl'), {
            name: 'safeUrl',
            hash: {},
            data: data,
            loc: { start: { line: 22, column: 31 }, end: { line: 22, column: 51 } },
          }),
        ) +
        '">' +
        alias2(
          lookupProperty(helpers, 'displayUrl').call(alias1, lookupProperty(depth0, 'eventUrl'), {
            name: 'displayUrl',
            hash: {},
            data: data,
            loc: { start: { line: 22, column: 53 }, end: { line: 22, column: 76 } },
          }),
        ) +
        '</a></p>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'speaking'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 27, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-summary': {
    '0': function (container, depth0, helpers, partials, data) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-summary" aria-labelledby="summary-title">\n<h2 id="summary-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'summary', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            loc: { start: { line: 3, column: 45 }, end: { line: 3, column: 84 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'summaryText'), {
          name: 'if',
          hash: {},
          fn: container.program(1, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 4, column: 0 }, end: { line: 6, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'yearsOfExperience'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 7, column: 0 }, end: { line: 9, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'keySpecializations'), {
          name: 'if',
          hash: {},
          fn: container.program(3, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 10, column: 0 }, end: { line: 16, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'summaryText', { start: { line: 5, column: 19 }, end: { line: 5, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<p class="years"><span class="years-value">' +
        alias1(
          container.lambda(
            container.strict(depth0, 'yearsOfExperience', {
              start: { line: 8, column: 45 },
              end: { line: 8, column: 62 },
            }),
            depth0,
          ),
        ) +
        '</span> <span class="years-label">' +
        alias1(
          lookupProperty(helpers, 't').call(
            depth0 != null ? depth0 : container.nullContext || {},
            'yearsOfExperience',
            { name: 't', hash: {}, data: data, loc: { start: { line: 8, column: 98 }, end: { line: 8, column: 123 } } },
          ),
        ) +
        '</span></p>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="tags">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'keySpecializations'),
          {
            name: 'each',
            hash: {},
            fn: container.program(4, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 12, column: 0 }, end: { line: 14, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return '<li>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</li>\n';
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'summary'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 18, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-testimonials': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-testimonials" aria-labelledby="testimonials-title">\n<h2 id="testimonials-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'testimonials', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 50 }, end: { line: 3, column: 94 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'testimonials'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 13, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<figure class="entry quote">\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'quote'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 6, column: 0 }, end: { line: 8, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(
          alias1,
          lookupProperty(helpers, 'or').call(
            alias1,
            lookupProperty(depth0, 'authorName'),
            lookupProperty(depth0, 'authorTitle'),
            lookupProperty(depth0, 'authorCompany'),
            lookupProperty(depth0, 'relationship'),
            lookupProperty(depth0, 'date'),
            {
              name: 'or',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 9, column: 6 }, end: { line: 9, column: 65 } },
            },
          ),
          {
            name: 'if',
            hash: {},
            fn: container.program(3, data, 0, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 9, column: 0 }, end: { line: 11, column: 7 } },
          },
        )) != null
          ? stack1
          : '') +
        '</figure>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return (
        '<blockquote><p>' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'quote', { start: { line: 7, column: 17 }, end: { line: 7, column: 22 } }),
            depth0,
          ),
        ) +
        '</p></blockquote>\n'
      );
    },
    '3': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<figcaption>' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'authorName'), {
          name: 'if',
          hash: {},
          fn: container.program(4, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 10, column: 12 }, end: { line: 10, column: 85 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'parts').call(
            alias1,
            lookupProperty(depth0, 'authorTitle'),
            lookupProperty(depth0, 'authorCompany'),
            lookupProperty(depth0, 'relationship'),
            lookupProperty(helpers, 'date').call(alias1, lookupProperty(depth0, 'date'), {
              name: 'date',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 10, column: 139 }, end: { line: 10, column: 150 } },
            }),
            {
              name: 'parts',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 10, column: 93 }, end: { line: 10, column: 151 } },
            },
          ),
          {
            name: 'with',
            hash: {},
            fn: container.program(5, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 10, column: 85 }, end: { line: 10, column: 216 } },
          },
        )) != null
          ? stack1
          : '') +
        '</figcaption>\n'
      );
    },
    '4': function (container, depth0, helpers, partials, data) {
      return (
        '<span class="quote-author">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'authorName', { start: { line: 10, column: 59 }, end: { line: 10, column: 69 } }),
            depth0,
          ),
        ) +
        '</span>'
      );
    },
    '5': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        ' <span class="quote-about">' +
        container.escapeExpression(container.lambda(blockParams[0][0], depth0)) +
        '</span>'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'testimonials'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 15, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
  'section-unclassified': {
    '0': function (container, depth0, helpers, partials, data) {
      var alias1 = container.escapeExpression,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-unclassified" aria-labelledby="unclassified-title">\n<h2 id="unclassified-title" class="section-title">' +
        alias1(
          lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'unclassified', {
            name: 't',
            hash: {},
            data: data,
            loc: { start: { line: 3, column: 50 }, end: { line: 3, column: 70 } },
          }),
        ) +
        '</h2>\n<p class="prose">' +
        alias1(
          container.lambda(
            container.strict(lookupProperty(depth0, 'cv'), 'unclassifiedText', {
              start: { line: 4, column: 19 },
              end: { line: 4, column: 38 },
            }),
            depth0,
          ),
        ) +
        '</p>\n</section>\n'
      );
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'unclassifiedText'),
        {
          name: 'if',
          hash: {},
          fn: container.program(0, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 1, column: 0 }, end: { line: 6, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
  },
  'section-volunteer': {
    '0': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<section class="section section-volunteer" aria-labelledby="volunteer-title">\n<h2 id="volunteer-title" class="section-title">' +
        container.escapeExpression(
          lookupProperty(helpers, 'sectionTitle').call(alias1, 'volunteer', lookupProperty(depth0, 'sectionTitle'), {
            name: 'sectionTitle',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 3, column: 47 }, end: { line: 3, column: 88 } },
          }),
        ) +
        '</h2>\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(alias1, lookupProperty(depth0, 'volunteerItems'), {
          name: 'each',
          hash: {},
          fn: container.program(1, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 4, column: 0 }, end: { line: 31, column: 9 } },
        })) != null
          ? stack1
          : '') +
        '</section>\n'
      );
    },
    '1': function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        alias1 = depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<article class="entry">\n<div class="entry-head">\n<h3 class="entry-title">' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'role'), {
          name: 'if',
          hash: {},
          fn: container.program(2, data, 0, blockParams),
          inverse: container.program(3, data, 0, blockParams),
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 7, column: 24 }, end: { line: 7, column: 75 } },
        })) != null
          ? stack1
          : '') +
        '</h3>\n' +
        ((stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'dateRange').call(alias1, lookupProperty(depth0, 'dateRange'), {
            name: 'dateRange',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 8 }, end: { line: 8, column: 29 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(4, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 8, column: 0 }, end: { line: 10, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</div>\n' +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'role'), {
          name: 'if',
          hash: {},
          fn: container.program(5, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 12, column: 0 }, end: { line: 16, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'location'), {
          name: 'if',
          hash: {},
          fn: container.program(7, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 17, column: 0 }, end: { line: 19, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'description'), {
          name: 'if',
          hash: {},
          fn: container.program(8, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 20, column: 0 }, end: { line: 22, column: 7 } },
        })) != null
          ? stack1
          : '') +
        ((stack1 = lookupProperty(helpers, 'if').call(alias1, lookupProperty(depth0, 'responsibilities'), {
          name: 'if',
          hash: {},
          fn: container.program(9, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 23, column: 0 }, end: { line: 29, column: 7 } },
        })) != null
          ? stack1
          : '') +
        '</article>\n'
      );
    },
    '2': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'role', { start: { line: 7, column: 38 }, end: { line: 7, column: 42 } }),
          depth0,
        ),
      );
    },
    '3': function (container, depth0, helpers, partials, data) {
      return container.escapeExpression(
        container.lambda(
          container.strict(depth0, 'organization', { start: { line: 7, column: 54 }, end: { line: 7, column: 66 } }),
          depth0,
        ),
      );
    },
    '4': function (container, depth0, helpers, partials, data, blockParams) {
      return (
        '<p class="entry-when">' + container.escapeExpression(container.lambda(blockParams[0][0], depth0)) + '</p>\n'
      );
    },
    '5': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'if').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(depth0, 'organization'),
        {
          name: 'if',
          hash: {},
          fn: container.program(6, data, 0),
          inverse: container.noop,
          data: data,
          loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 7 } },
        },
      )) != null
        ? stack1
        : '';
    },
    '6': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="entry-org">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'organization', {
              start: { line: 14, column: 23 },
              end: { line: 14, column: 35 },
            }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '7': function (container, depth0, helpers, partials, data) {
      var lookupProperty =
        container.lookupProperty ||
        function (parent, propertyName) {
          if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
            return parent[propertyName];
          }
          return undefined;
        };

      return (
        '<p class="entry-meta">' +
        container.escapeExpression(
          lookupProperty(helpers, 'place').call(
            depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty(depth0, 'location'),
            {
              name: 'place',
              hash: {},
              data: data,
              loc: { start: { line: 18, column: 22 }, end: { line: 18, column: 40 } },
            },
          ),
        ) +
        '</p>\n'
      );
    },
    '8': function (container, depth0, helpers, partials, data) {
      return (
        '<p class="prose">' +
        container.escapeExpression(
          container.lambda(
            container.strict(depth0, 'description', { start: { line: 21, column: 19 }, end: { line: 21, column: 30 } }),
            depth0,
          ),
        ) +
        '</p>\n'
      );
    },
    '9': function (container, depth0, helpers, partials, data) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (
        '<ul class="bullets">\n' +
        ((stack1 = lookupProperty(helpers, 'each').call(
          depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty(depth0, 'responsibilities'),
          {
            name: 'each',
            hash: {},
            fn: container.program(10, data, 0),
            inverse: container.noop,
            data: data,
            loc: { start: { line: 25, column: 0 }, end: { line: 27, column: 9 } },
          },
        )) != null
          ? stack1
          : '') +
        '</ul>\n'
      );
    },
    '10': function (container, depth0, helpers, partials, data) {
      return '<li>' + container.escapeExpression(container.lambda(depth0, depth0)) + '</li>\n';
    },
    compiler: [8, '>= 4.3.0'],
    main: function (container, depth0, helpers, partials, data, blockParams) {
      var stack1,
        lookupProperty =
          container.lookupProperty ||
          function (parent, propertyName) {
            if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
              return parent[propertyName];
            }
            return undefined;
          };

      return (stack1 = lookupProperty(helpers, 'with').call(
        depth0 != null ? depth0 : container.nullContext || {},
        lookupProperty(lookupProperty(depth0, 'cv'), 'volunteer'),
        {
          name: 'with',
          hash: {},
          fn: container.program(0, data, 0, blockParams),
          inverse: container.noop,
          data: data,
          blockParams: blockParams,
          loc: { start: { line: 1, column: 0 }, end: { line: 33, column: 9 } },
        },
      )) != null
        ? stack1
        : '';
    },
    useData: true,
    useBlockParams: true,
  },
};

export const generatedThemes: readonly GeneratedTheme[] = [
  {
    id: 'classic',
    name: 'Classic',
    description: 'A calm single column with a serif name, clear dates and generous spacing.',
    backgrounds: { light: '#fbfaf7', dark: '#16181d' },
    css: "*,\n*::before,\n*::after {\nbox-sizing: border-box;\n}\nhtml {\n-webkit-text-size-adjust: 100%;\ntext-size-adjust: 100%;\n}\nbody {\nmargin: 0;\nbackground: var(--bg);\ncolor: var(--text);\nfont-family: var(--font-body);\nfont-size: 1rem;\nline-height: 1.6;\noverflow-wrap: anywhere;\n-webkit-font-smoothing: antialiased;\n}\nh1,\nh2,\nh3 {\nfont-family: var(--font-heading);\nline-height: 1.25;\nmargin: 0;\n}\np,\nul,\ndl,\ndd,\nfigure,\nblockquote {\nmargin: 0;\n}\na {\ncolor: var(--accent);\ntext-decoration-thickness: 1px;\ntext-underline-offset: 0.2em;\n}\na:hover {\ntext-decoration-thickness: 2px;\n}\na:focus-visible {\noutline: 2px solid var(--accent);\noutline-offset: 2px;\nborder-radius: 2px;\n}\nimg {\nmax-width: 100%;\nheight: auto;\n}\n.skip-link {\nposition: absolute;\nleft: 0.5rem;\ntop: -4rem;\nz-index: 10;\npadding: 0.5rem 0.75rem;\nborder-radius: 4px;\nbackground: var(--bg);\ncolor: var(--accent);\n}\n.skip-link:focus {\ntop: 0.5rem;\n}\n.photo {\ndisplay: block;\nwidth: 8rem;\nheight: 8rem;\nborder-radius: 50%;\nobject-fit: cover;\nflex: none;\n}\n.tags {\nlist-style: none;\npadding: 0;\nmargin-top: 0.625rem;\ndisplay: flex;\nflex-wrap: wrap;\ngap: 0.375rem;\n}\n.tags li {\npadding: 0.125rem 0.625rem;\nborder-radius: 999px;\nbackground: var(--tag-bg);\ncolor: var(--tag-text);\nfont-size: 0.8125rem;\nline-height: 1.6;\n}\n.bullets {\nmargin-top: 0.5rem;\npadding-inline-start: 1.25rem;\n}\n.bullets li + li {\nmargin-top: 0.25rem;\n}\n.bullets li::marker {\ncolor: var(--decor);\n}\n.prose {\nmargin-top: 0.5rem;\nwhite-space: pre-line;\n}\n.entry {\nbreak-inside: avoid;\npage-break-inside: avoid;\n}\n.entry-head {\ndisplay: flex;\nflex-wrap: wrap;\njustify-content: space-between;\nalign-items: baseline;\ngap: 0 1rem;\n}\n.entry-head > * {\nmin-width: 0;\n}\n.entry-title {\nfont-size: 1.0625rem;\n}\n.entry-when {\ncolor: var(--muted);\nfont-size: 0.875rem;\nfont-variant-numeric: tabular-nums;\n}\n.entry-org {\nfont-weight: 600;\n}\n.entry-meta,\n.entry-detail,\n.entry-link {\ncolor: var(--muted);\nfont-size: 0.875rem;\n}\n.entry-link {\nmargin-top: 0.375rem;\n}\n.label {\nfont-weight: 600;\n}\n.contact-inline {\nlist-style: none;\npadding: 0;\ndisplay: flex;\nflex-wrap: wrap;\ngap: 0.25rem 1.25rem;\n}\n.contact-status {\ncolor: var(--muted);\nfont-size: 0.875rem;\nmargin-top: 0.25rem;\n}\n.contact-list dt {\ncolor: var(--muted);\nfont-size: 0.75rem;\ntext-transform: uppercase;\nletter-spacing: 0.06em;\n}\n.contact-list div + div {\nmargin-top: 0.625rem;\n}\n.language-list {\nlist-style: none;\npadding: 0;\n}\n.language-list li + li {\nmargin-top: 0.375rem;\n}\n.language-name {\nfont-weight: 600;\n}\n.language-level {\ncolor: var(--muted);\n}\n.years-value {\nfont-size: 1.5rem;\nfont-weight: 700;\ncolor: var(--accent);\n}\n.years {\nmargin-top: 0.5rem;\n}\n.years-label {\ncolor: var(--muted);\n}\n.stats {\ndisplay: grid;\ngrid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));\ngap: 1rem;\n}\n.stat-label {\nfont-size: 0.9375rem;\n}\n.stat-value {\nmargin-top: 0.25rem;\nfont-size: 1.375rem;\nfont-weight: 700;\nline-height: 1.3;\ncolor: var(--accent);\n}\n.stat-detail {\nmargin-top: 0.25rem;\nfont-size: 0.9375rem;\n}\n.quote blockquote {\nfont-size: 1.0625rem;\nfont-style: italic;\n}\n.quote figcaption {\nmargin-top: 0.5rem;\ncolor: var(--muted);\nfont-size: 0.875rem;\n}\n.quote-author {\ncolor: var(--text);\nfont-weight: 600;\n}\n.site-footer {\ncolor: var(--muted);\nfont-size: 0.8125rem;\ntext-align: center;\npadding: 2rem 1.25rem 2.5rem;\n}\n@page {\nsize: auto;\nmargin: 16mm 15mm;\n}\n@media print {\n:root:root {\n--bg: #ffffff;\n--surface: #ffffff;\n--text: #111111;\n--muted: #444444;\n--accent: #111111;\n--border: #bbbbbb;\n--tag-bg: transparent;\n--tag-text: #222222;\n}\nbody {\nfont-size: 10.5pt;\nline-height: 1.45;\n}\n.skip-link {\ndisplay: none;\n}\na {\ntext-decoration: none;\n}\nh2,\nh3,\n.entry-head {\nbreak-after: avoid;\npage-break-after: avoid;\n}\n.tags li {\nborder: 1px solid var(--border);\npadding: 0 0.4rem;\n}\n.quote,\n.stat,\n.skill-group,\n.contact-list div,\n.language-list li {\nbreak-inside: avoid;\npage-break-inside: avoid;\n}\n}\n:root {\ncolor-scheme: light dark;\n--bg: #fbfaf7;\n--surface: #f2efe8;\n--text: #1d232b;\n--muted: #565d68;\n--accent: #1c5a85;\n--decor: #b9893f;\n--border: #ddd7cb;\n--tag-bg: #ece7dc;\n--tag-text: #2b3038;\n--font-body: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;\n--font-heading: 'Iowan Old Style', 'Palatino Linotype', Palatino, 'Book Antiqua', Georgia, serif;\n}\n@media screen and (prefers-color-scheme: dark) {\n:root {\n--bg: #16181d;\n--surface: #1e2128;\n--text: #e8e9ec;\n--muted: #a8adb7;\n--accent: #8fc3ec;\n--decor: #d3a35a;\n--border: #343842;\n--tag-bg: #262a33;\n--tag-text: #dfe2e8;\n}\n}\n.wrap {\nmax-width: 47rem;\nmargin: 0 auto;\npadding: 0 1.25rem;\n}\n.masthead {\npadding: 3.5rem 0 2rem;\n}\n.masthead-inner {\ndisplay: flex;\ngap: 1.75rem;\nalign-items: center;\npadding-bottom: 2rem;\nborder-bottom: 3px double var(--border);\n}\n.masthead-text {\nmin-width: 0;\n}\n.name {\nfont-size: clamp(2rem, 6vw, 2.875rem);\nfont-weight: 600;\nletter-spacing: -0.01em;\n}\n.headline {\nmargin-top: 0.375rem;\nfont-family: var(--font-heading);\nfont-size: 1.25rem;\ncolor: var(--accent);\n}\n.tagline {\nmargin-top: 0.5rem;\ncolor: var(--muted);\nfont-style: italic;\n}\n.contact-inline {\nmargin-top: 1rem;\nfont-size: 0.9375rem;\n}\n.section {\nmargin-top: 2.5rem;\n}\n.section-title {\ndisplay: flex;\nalign-items: center;\ngap: 0.875rem;\nmargin-bottom: 1.125rem;\nfont-size: 0.9375rem;\nfont-weight: 700;\nletter-spacing: 0.12em;\ntext-transform: uppercase;\ncolor: var(--accent);\n}\n.section-title::after {\ncontent: '';\nflex: 1;\nheight: 1px;\nbackground: var(--border);\n}\n.entry + .entry,\n.skill-group + .skill-group,\n.skill-group + .tags {\nmargin-top: 1.5rem;\n}\n.entry-title {\nfont-size: 1.125rem;\n}\n.skill-group-title {\nfont-size: 1rem;\n}\n.stat {\npadding: 1rem 1.125rem;\nborder-left: 3px solid var(--decor);\nbackground: var(--surface);\n}\n.stats .entry + .entry {\nmargin-top: 0;\n}\n.quote {\npadding-left: 1.25rem;\nborder-left: 3px solid var(--decor);\n}\n.quote blockquote {\nfont-family: var(--font-heading);\nfont-size: 1.1875rem;\n}\n.site-footer {\nmax-width: 47rem;\nmargin: 3rem auto 0;\nborder-top: 1px solid var(--border);\n}\n@media (max-width: 34rem) {\n.masthead {\npadding-top: 2rem;\n}\n.masthead-inner {\nflex-direction: column;\nalign-items: flex-start;\ngap: 1.25rem;\n}\n.photo {\nwidth: 6rem;\nheight: 6rem;\n}\n}\n@media print {\n.masthead {\npadding-top: 0;\n}\n.section {\nmargin-top: 1.25rem;\n}\n.stat {\nbackground: none;\n}\n}",
    page: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          alias1 = container.strict,
          alias2 = container.lambda,
          alias3 = container.escapeExpression,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '<!DOCTYPE html>\n<html lang="' +
          alias3(
            alias2(
              alias1(lookupProperty(depth0, 'site'), 'lang', {
                start: { line: 2, column: 14 },
                end: { line: 2, column: 23 },
              }),
              depth0,
            ),
          ) +
          '" dir="' +
          alias3(
            alias2(
              alias1(lookupProperty(depth0, 'site'), 'dir', {
                start: { line: 2, column: 34 },
                end: { line: 2, column: 42 },
              }),
              depth0,
            ),
          ) +
          '">\n<head>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'head'), depth0, {
            name: 'head',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</head>\n<body class="theme-classic">\n<a class="skip-link" href="#content">' +
          alias3(
            lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'skipToContent', {
              name: 't',
              hash: {},
              data: data,
              loc: { start: { line: 7, column: 37 }, end: { line: 7, column: 58 } },
            }),
          ) +
          '</a>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'masthead'), depth0, {
            name: 'masthead',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '<main id="content" class="wrap">\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'main-sections'), depth0, {
            name: 'main-sections',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</main>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'footer'), depth0, {
            name: 'footer',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</body>\n</html>\n'
        );
      },
      usePartial: true,
      useData: true,
    },
    partials: {
      masthead: {
        compiler: [8, '>= 4.3.0'],
        main: function (container, depth0, helpers, partials, data) {
          var stack1,
            lookupProperty =
              container.lookupProperty ||
              function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                  return parent[propertyName];
                }
                return undefined;
              };

          return (
            '<header class="masthead">\n<div class="wrap masthead-inner">\n' +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'photo'), depth0, {
              name: 'photo',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            '<div class="masthead-text">\n' +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'hero'), depth0, {
              name: 'hero',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'contact-inline'), depth0, {
              name: 'contact-inline',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            '</div>\n</div>\n</header>\n'
          );
        },
        usePartial: true,
        useData: true,
      },
    },
  },
  {
    id: 'minimal',
    name: 'Minimal',
    description: 'Typography first: quiet section labels in the margin and nothing that is not text.',
    backgrounds: { light: '#ffffff', dark: '#121212' },
    css: "*,\n*::before,\n*::after {\nbox-sizing: border-box;\n}\nhtml {\n-webkit-text-size-adjust: 100%;\ntext-size-adjust: 100%;\n}\nbody {\nmargin: 0;\nbackground: var(--bg);\ncolor: var(--text);\nfont-family: var(--font-body);\nfont-size: 1rem;\nline-height: 1.6;\noverflow-wrap: anywhere;\n-webkit-font-smoothing: antialiased;\n}\nh1,\nh2,\nh3 {\nfont-family: var(--font-heading);\nline-height: 1.25;\nmargin: 0;\n}\np,\nul,\ndl,\ndd,\nfigure,\nblockquote {\nmargin: 0;\n}\na {\ncolor: var(--accent);\ntext-decoration-thickness: 1px;\ntext-underline-offset: 0.2em;\n}\na:hover {\ntext-decoration-thickness: 2px;\n}\na:focus-visible {\noutline: 2px solid var(--accent);\noutline-offset: 2px;\nborder-radius: 2px;\n}\nimg {\nmax-width: 100%;\nheight: auto;\n}\n.skip-link {\nposition: absolute;\nleft: 0.5rem;\ntop: -4rem;\nz-index: 10;\npadding: 0.5rem 0.75rem;\nborder-radius: 4px;\nbackground: var(--bg);\ncolor: var(--accent);\n}\n.skip-link:focus {\ntop: 0.5rem;\n}\n.photo {\ndisplay: block;\nwidth: 8rem;\nheight: 8rem;\nborder-radius: 50%;\nobject-fit: cover;\nflex: none;\n}\n.tags {\nlist-style: none;\npadding: 0;\nmargin-top: 0.625rem;\ndisplay: flex;\nflex-wrap: wrap;\ngap: 0.375rem;\n}\n.tags li {\npadding: 0.125rem 0.625rem;\nborder-radius: 999px;\nbackground: var(--tag-bg);\ncolor: var(--tag-text);\nfont-size: 0.8125rem;\nline-height: 1.6;\n}\n.bullets {\nmargin-top: 0.5rem;\npadding-inline-start: 1.25rem;\n}\n.bullets li + li {\nmargin-top: 0.25rem;\n}\n.bullets li::marker {\ncolor: var(--decor);\n}\n.prose {\nmargin-top: 0.5rem;\nwhite-space: pre-line;\n}\n.entry {\nbreak-inside: avoid;\npage-break-inside: avoid;\n}\n.entry-head {\ndisplay: flex;\nflex-wrap: wrap;\njustify-content: space-between;\nalign-items: baseline;\ngap: 0 1rem;\n}\n.entry-head > * {\nmin-width: 0;\n}\n.entry-title {\nfont-size: 1.0625rem;\n}\n.entry-when {\ncolor: var(--muted);\nfont-size: 0.875rem;\nfont-variant-numeric: tabular-nums;\n}\n.entry-org {\nfont-weight: 600;\n}\n.entry-meta,\n.entry-detail,\n.entry-link {\ncolor: var(--muted);\nfont-size: 0.875rem;\n}\n.entry-link {\nmargin-top: 0.375rem;\n}\n.label {\nfont-weight: 600;\n}\n.contact-inline {\nlist-style: none;\npadding: 0;\ndisplay: flex;\nflex-wrap: wrap;\ngap: 0.25rem 1.25rem;\n}\n.contact-status {\ncolor: var(--muted);\nfont-size: 0.875rem;\nmargin-top: 0.25rem;\n}\n.contact-list dt {\ncolor: var(--muted);\nfont-size: 0.75rem;\ntext-transform: uppercase;\nletter-spacing: 0.06em;\n}\n.contact-list div + div {\nmargin-top: 0.625rem;\n}\n.language-list {\nlist-style: none;\npadding: 0;\n}\n.language-list li + li {\nmargin-top: 0.375rem;\n}\n.language-name {\nfont-weight: 600;\n}\n.language-level {\ncolor: var(--muted);\n}\n.years-value {\nfont-size: 1.5rem;\nfont-weight: 700;\ncolor: var(--accent);\n}\n.years {\nmargin-top: 0.5rem;\n}\n.years-label {\ncolor: var(--muted);\n}\n.stats {\ndisplay: grid;\ngrid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));\ngap: 1rem;\n}\n.stat-label {\nfont-size: 0.9375rem;\n}\n.stat-value {\nmargin-top: 0.25rem;\nfont-size: 1.375rem;\nfont-weight: 700;\nline-height: 1.3;\ncolor: var(--accent);\n}\n.stat-detail {\nmargin-top: 0.25rem;\nfont-size: 0.9375rem;\n}\n.quote blockquote {\nfont-size: 1.0625rem;\nfont-style: italic;\n}\n.quote figcaption {\nmargin-top: 0.5rem;\ncolor: var(--muted);\nfont-size: 0.875rem;\n}\n.quote-author {\ncolor: var(--text);\nfont-weight: 600;\n}\n.site-footer {\ncolor: var(--muted);\nfont-size: 0.8125rem;\ntext-align: center;\npadding: 2rem 1.25rem 2.5rem;\n}\n@page {\nsize: auto;\nmargin: 16mm 15mm;\n}\n@media print {\n:root:root {\n--bg: #ffffff;\n--surface: #ffffff;\n--text: #111111;\n--muted: #444444;\n--accent: #111111;\n--border: #bbbbbb;\n--tag-bg: transparent;\n--tag-text: #222222;\n}\nbody {\nfont-size: 10.5pt;\nline-height: 1.45;\n}\n.skip-link {\ndisplay: none;\n}\na {\ntext-decoration: none;\n}\nh2,\nh3,\n.entry-head {\nbreak-after: avoid;\npage-break-after: avoid;\n}\n.tags li {\nborder: 1px solid var(--border);\npadding: 0 0.4rem;\n}\n.quote,\n.stat,\n.skill-group,\n.contact-list div,\n.language-list li {\nbreak-inside: avoid;\npage-break-inside: avoid;\n}\n}\n:root {\ncolor-scheme: light dark;\n--bg: #ffffff;\n--surface: #ffffff;\n--text: #1a1a1a;\n--muted: #5c5c5c;\n--accent: #8a3a12;\n--decor: #8a3a12;\n--border: #e2e2e2;\n--tag-bg: transparent;\n--tag-text: #1a1a1a;\n--font-body: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Iowan Old Style', Georgia, serif;\n--font-heading: Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Iowan Old Style', Georgia, serif;\n--font-label: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;\n}\n@media screen and (prefers-color-scheme: dark) {\n:root {\n--bg: #121212;\n--surface: #121212;\n--text: #ececec;\n--muted: #a9a9a9;\n--accent: #f0a878;\n--decor: #f0a878;\n--border: #2e2e2e;\n--tag-text: #ececec;\n}\n}\nbody {\nfont-size: 1.0625rem;\nline-height: 1.65;\n}\n.masthead,\nmain,\n.site-footer {\nmax-width: 50rem;\nmargin: 0 auto;\npadding: 0 1.5rem;\n}\n.masthead {\npadding-top: 4.5rem;\npadding-bottom: 2.5rem;\n}\n.masthead .photo {\nwidth: 5.5rem;\nheight: 5.5rem;\nmargin-bottom: 1.5rem;\n}\n.name {\nfont-size: clamp(2.25rem, 7vw, 3.25rem);\nfont-weight: 400;\nletter-spacing: -0.015em;\nline-height: 1.1;\n}\n.headline {\nmargin-top: 0.5rem;\nfont-size: 1.25rem;\nfont-style: italic;\n}\n.tagline {\nmargin-top: 0.75rem;\nmax-width: 36rem;\ncolor: var(--muted);\n}\n.contact-inline {\nmargin-top: 1.25rem;\nfont-family: var(--font-label);\nfont-size: 0.875rem;\n}\n.contact-status {\nfont-family: var(--font-label);\n}\n.section {\npadding-top: 2rem;\nmargin-top: 2rem;\nborder-top: 1px solid var(--border);\n}\n.section-title {\nmargin-bottom: 1rem;\nfont-family: var(--font-label);\nfont-size: 0.75rem;\nfont-weight: 600;\nletter-spacing: 0.14em;\ntext-transform: uppercase;\ncolor: var(--muted);\n}\n@media (min-width: 48rem) {\n.section {\ndisplay: grid;\ngrid-template-columns: 10rem minmax(0, 1fr);\ncolumn-gap: 2.5rem;\n}\n.section > * {\ngrid-column: 2;\n}\n.section > .section-title {\ngrid-column: 1;\ngrid-row: 1;\nmargin: 0.3rem 0 0;\n}\n}\n.entry + .entry,\n.skill-group + .skill-group,\n.skill-group + .tags {\nmargin-top: 1.5rem;\n}\n.entry-title {\nfont-size: 1.125rem;\nfont-weight: 600;\n}\n.entry-when,\n.entry-meta,\n.entry-detail,\n.entry-link {\nfont-family: var(--font-label);\nfont-size: 0.8125rem;\n}\n.entry-org {\nfont-weight: 400;\nfont-style: italic;\n}\n.skill-group-title {\nfont-size: 1rem;\nfont-weight: 600;\n}\n.tags {\ndisplay: block;\n}\n.tags li {\ndisplay: inline;\npadding: 0;\nborder-radius: 0;\nbackground: none;\nfont-size: 0.9375rem;\n}\n.tags li + li::before {\ncontent: ' · ';\ncolor: var(--muted);\n}\n.stats {\ngap: 1.25rem 2rem;\n}\n.stats .entry + .entry {\nmargin-top: 0;\n}\n.stat-value {\nfont-weight: 400;\nfont-size: 1.5rem;\n}\n.years-value {\nfont-weight: 400;\n}\n.quote blockquote {\nfont-size: 1.1875rem;\n}\n.quote blockquote p::before {\ncontent: '“';\n}\n.quote blockquote p::after {\ncontent: '”';\n}\n.site-footer {\nmargin-top: 3rem;\npadding-top: 1.5rem;\npadding-bottom: 3rem;\nfont-family: var(--font-label);\ntext-align: start;\n}\n@media print {\n.masthead {\npadding-top: 0;\n}\n.section {\npadding-top: 1rem;\nmargin-top: 1rem;\n}\n.section {\ndisplay: grid;\ngrid-template-columns: 8rem minmax(0, 1fr);\ncolumn-gap: 1.5rem;\n}\n.section > * {\ngrid-column: 2;\n}\n.section > .section-title {\ngrid-column: 1;\ngrid-row: 1;\nmargin: 0.2rem 0 0;\n}\n}",
    page: {
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data) {
        var stack1,
          alias1 = container.strict,
          alias2 = container.lambda,
          alias3 = container.escapeExpression,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '<!DOCTYPE html>\n<html lang="' +
          alias3(
            alias2(
              alias1(lookupProperty(depth0, 'site'), 'lang', {
                start: { line: 2, column: 14 },
                end: { line: 2, column: 23 },
              }),
              depth0,
            ),
          ) +
          '" dir="' +
          alias3(
            alias2(
              alias1(lookupProperty(depth0, 'site'), 'dir', {
                start: { line: 2, column: 34 },
                end: { line: 2, column: 42 },
              }),
              depth0,
            ),
          ) +
          '">\n<head>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'head'), depth0, {
            name: 'head',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</head>\n<body class="theme-minimal">\n<a class="skip-link" href="#content">' +
          alias3(
            lookupProperty(helpers, 't').call(depth0 != null ? depth0 : container.nullContext || {}, 'skipToContent', {
              name: 't',
              hash: {},
              data: data,
              loc: { start: { line: 7, column: 37 }, end: { line: 7, column: 58 } },
            }),
          ) +
          '</a>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'masthead'), depth0, {
            name: 'masthead',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '<main id="content">\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'main-sections'), depth0, {
            name: 'main-sections',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</main>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'footer'), depth0, {
            name: 'footer',
            data: data,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</body>\n</html>\n'
        );
      },
      usePartial: true,
      useData: true,
    },
    partials: {
      masthead: {
        compiler: [8, '>= 4.3.0'],
        main: function (container, depth0, helpers, partials, data) {
          var stack1,
            lookupProperty =
              container.lookupProperty ||
              function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                  return parent[propertyName];
                }
                return undefined;
              };

          return (
            '<header class="masthead">\n' +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'photo'), depth0, {
              name: 'photo',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'hero'), depth0, {
              name: 'hero',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'contact-inline'), depth0, {
              name: 'contact-inline',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            '</header>\n'
          );
        },
        usePartial: true,
        useData: true,
      },
    },
  },
  {
    id: 'modern',
    name: 'Modern',
    description: 'A bold header and a sidebar with contact details, skills and languages beside the story.',
    backgrounds: { light: '#ffffff', dark: '#111827' },
    css: "*,\n*::before,\n*::after {\nbox-sizing: border-box;\n}\nhtml {\n-webkit-text-size-adjust: 100%;\ntext-size-adjust: 100%;\n}\nbody {\nmargin: 0;\nbackground: var(--bg);\ncolor: var(--text);\nfont-family: var(--font-body);\nfont-size: 1rem;\nline-height: 1.6;\noverflow-wrap: anywhere;\n-webkit-font-smoothing: antialiased;\n}\nh1,\nh2,\nh3 {\nfont-family: var(--font-heading);\nline-height: 1.25;\nmargin: 0;\n}\np,\nul,\ndl,\ndd,\nfigure,\nblockquote {\nmargin: 0;\n}\na {\ncolor: var(--accent);\ntext-decoration-thickness: 1px;\ntext-underline-offset: 0.2em;\n}\na:hover {\ntext-decoration-thickness: 2px;\n}\na:focus-visible {\noutline: 2px solid var(--accent);\noutline-offset: 2px;\nborder-radius: 2px;\n}\nimg {\nmax-width: 100%;\nheight: auto;\n}\n.skip-link {\nposition: absolute;\nleft: 0.5rem;\ntop: -4rem;\nz-index: 10;\npadding: 0.5rem 0.75rem;\nborder-radius: 4px;\nbackground: var(--bg);\ncolor: var(--accent);\n}\n.skip-link:focus {\ntop: 0.5rem;\n}\n.photo {\ndisplay: block;\nwidth: 8rem;\nheight: 8rem;\nborder-radius: 50%;\nobject-fit: cover;\nflex: none;\n}\n.tags {\nlist-style: none;\npadding: 0;\nmargin-top: 0.625rem;\ndisplay: flex;\nflex-wrap: wrap;\ngap: 0.375rem;\n}\n.tags li {\npadding: 0.125rem 0.625rem;\nborder-radius: 999px;\nbackground: var(--tag-bg);\ncolor: var(--tag-text);\nfont-size: 0.8125rem;\nline-height: 1.6;\n}\n.bullets {\nmargin-top: 0.5rem;\npadding-inline-start: 1.25rem;\n}\n.bullets li + li {\nmargin-top: 0.25rem;\n}\n.bullets li::marker {\ncolor: var(--decor);\n}\n.prose {\nmargin-top: 0.5rem;\nwhite-space: pre-line;\n}\n.entry {\nbreak-inside: avoid;\npage-break-inside: avoid;\n}\n.entry-head {\ndisplay: flex;\nflex-wrap: wrap;\njustify-content: space-between;\nalign-items: baseline;\ngap: 0 1rem;\n}\n.entry-head > * {\nmin-width: 0;\n}\n.entry-title {\nfont-size: 1.0625rem;\n}\n.entry-when {\ncolor: var(--muted);\nfont-size: 0.875rem;\nfont-variant-numeric: tabular-nums;\n}\n.entry-org {\nfont-weight: 600;\n}\n.entry-meta,\n.entry-detail,\n.entry-link {\ncolor: var(--muted);\nfont-size: 0.875rem;\n}\n.entry-link {\nmargin-top: 0.375rem;\n}\n.label {\nfont-weight: 600;\n}\n.contact-inline {\nlist-style: none;\npadding: 0;\ndisplay: flex;\nflex-wrap: wrap;\ngap: 0.25rem 1.25rem;\n}\n.contact-status {\ncolor: var(--muted);\nfont-size: 0.875rem;\nmargin-top: 0.25rem;\n}\n.contact-list dt {\ncolor: var(--muted);\nfont-size: 0.75rem;\ntext-transform: uppercase;\nletter-spacing: 0.06em;\n}\n.contact-list div + div {\nmargin-top: 0.625rem;\n}\n.language-list {\nlist-style: none;\npadding: 0;\n}\n.language-list li + li {\nmargin-top: 0.375rem;\n}\n.language-name {\nfont-weight: 600;\n}\n.language-level {\ncolor: var(--muted);\n}\n.years-value {\nfont-size: 1.5rem;\nfont-weight: 700;\ncolor: var(--accent);\n}\n.years {\nmargin-top: 0.5rem;\n}\n.years-label {\ncolor: var(--muted);\n}\n.stats {\ndisplay: grid;\ngrid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));\ngap: 1rem;\n}\n.stat-label {\nfont-size: 0.9375rem;\n}\n.stat-value {\nmargin-top: 0.25rem;\nfont-size: 1.375rem;\nfont-weight: 700;\nline-height: 1.3;\ncolor: var(--accent);\n}\n.stat-detail {\nmargin-top: 0.25rem;\nfont-size: 0.9375rem;\n}\n.quote blockquote {\nfont-size: 1.0625rem;\nfont-style: italic;\n}\n.quote figcaption {\nmargin-top: 0.5rem;\ncolor: var(--muted);\nfont-size: 0.875rem;\n}\n.quote-author {\ncolor: var(--text);\nfont-weight: 600;\n}\n.site-footer {\ncolor: var(--muted);\nfont-size: 0.8125rem;\ntext-align: center;\npadding: 2rem 1.25rem 2.5rem;\n}\n@page {\nsize: auto;\nmargin: 16mm 15mm;\n}\n@media print {\n:root:root {\n--bg: #ffffff;\n--surface: #ffffff;\n--text: #111111;\n--muted: #444444;\n--accent: #111111;\n--border: #bbbbbb;\n--tag-bg: transparent;\n--tag-text: #222222;\n}\nbody {\nfont-size: 10.5pt;\nline-height: 1.45;\n}\n.skip-link {\ndisplay: none;\n}\na {\ntext-decoration: none;\n}\nh2,\nh3,\n.entry-head {\nbreak-after: avoid;\npage-break-after: avoid;\n}\n.tags li {\nborder: 1px solid var(--border);\npadding: 0 0.4rem;\n}\n.quote,\n.stat,\n.skill-group,\n.contact-list div,\n.language-list li {\nbreak-inside: avoid;\npage-break-inside: avoid;\n}\n}\n:root {\ncolor-scheme: light dark;\n--bg: #ffffff;\n--surface: #f3f5f9;\n--text: #172033;\n--muted: #4a5568;\n--accent: #1d4ed8;\n--decor: #3b82f6;\n--border: #dde3ec;\n--tag-bg: #e8eefc;\n--tag-text: #1e3a8a;\n--banner-from: #0f1b3d;\n--banner-to: #1e3a8a;\n--banner-text: #ffffff;\n--banner-muted: #d5def5;\n--font-body: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;\n--font-heading: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;\n}\n@media screen and (prefers-color-scheme: dark) {\n:root {\n--bg: #111827;\n--surface: #1a2333;\n--text: #e6eaf2;\n--muted: #a3adbf;\n--accent: #93c5fd;\n--decor: #60a5fa;\n--border: #2c3748;\n--tag-bg: #1f2d4a;\n--tag-text: #cfe0ff;\n--banner-from: #0a1020;\n--banner-to: #172554;\n}\n}\n.banner {\nbackground: linear-gradient(135deg, var(--banner-from), var(--banner-to));\ncolor: var(--banner-text);\n}\n.banner-inner {\nmax-width: 72rem;\nmargin: 0 auto;\npadding: 3rem 1.5rem;\ndisplay: flex;\nalign-items: center;\ngap: 1.75rem;\n}\n.banner-text {\nmin-width: 0;\n}\n.banner .photo {\nborder: 3px solid rgb(255 255 255 / 0.85);\n}\n.monogram {\nflex: none;\ndisplay: grid;\nplace-items: center;\nwidth: 6.5rem;\nheight: 6.5rem;\nborder-radius: 50%;\nborder: 2px solid rgb(255 255 255 / 0.6);\nfont-size: 2.25rem;\nfont-weight: 700;\nletter-spacing: 0.04em;\n}\n.name {\nfont-size: clamp(2rem, 5.5vw, 3rem);\nfont-weight: 800;\nletter-spacing: -0.02em;\n}\n.headline {\nmargin-top: 0.375rem;\nfont-size: 1.25rem;\nfont-weight: 500;\ncolor: var(--banner-muted);\n}\n.tagline {\nmargin-top: 0.5rem;\nmax-width: 40rem;\ncolor: var(--banner-muted);\n}\n.layout {\nmax-width: 72rem;\nmargin: 0 auto;\ndisplay: grid;\ngrid-template-columns: minmax(0, 1fr);\n}\n.sidebar {\nbackground: var(--surface);\npadding: 1.75rem 1.5rem;\n}\n.content {\npadding: 0.5rem 1.5rem 1rem;\nmin-width: 0;\n}\n@media (min-width: 56rem) {\n.layout {\ngrid-template-columns: 19rem minmax(0, 1fr);\ngap: 2.5rem;\npadding: 0 1.5rem;\n}\n.sidebar {\nmargin-top: -1.5rem;\nborder-radius: 10px 10px 0 0;\nalign-self: start;\n}\n.content {\npadding: 0.5rem 0 1rem;\n}\n}\n.section {\nmargin-top: 2rem;\n}\n.sidebar .section:first-child {\nmargin-top: 0;\n}\n.sidebar .section + .section {\npadding-top: 1.5rem;\nborder-top: 1px solid var(--border);\n}\n.section-title {\ndisplay: flex;\nalign-items: center;\ngap: 0.625rem;\nmargin-bottom: 1rem;\nfont-size: 1.25rem;\nfont-weight: 750;\nletter-spacing: -0.01em;\n}\n.section-title::before {\ncontent: '';\nwidth: 0.375rem;\nheight: 1.25rem;\nborder-radius: 3px;\nbackground: var(--decor);\n}\n.sidebar .section-title {\nfont-size: 0.8125rem;\nletter-spacing: 0.1em;\ntext-transform: uppercase;\ncolor: var(--muted);\n}\n.sidebar .section-title::before {\ndisplay: none;\n}\n.skill-group + .skill-group,\n.skill-group + .tags {\nmargin-top: 1rem;\n}\n.skill-group-title {\nfont-size: 0.9375rem;\n}\n.section-experience .entry,\n.section-volunteer .entry {\nposition: relative;\npadding-left: 1.375rem;\nborder-left: 2px solid var(--border);\npadding-bottom: 1.5rem;\n}\n.section-experience .entry::before,\n.section-volunteer .entry::before {\ncontent: '';\nposition: absolute;\nleft: -0.4375rem;\ntop: 0.375rem;\nwidth: 0.75rem;\nheight: 0.75rem;\nborder-radius: 50%;\nbackground: var(--bg);\nborder: 2px solid var(--decor);\n}\n.section-experience .entry:last-child,\n.section-volunteer .entry:last-child {\npadding-bottom: 0.25rem;\n}\n.entry + .entry {\nmargin-top: 1.25rem;\n}\n.section-experience .entry + .entry,\n.section-volunteer .entry + .entry {\nmargin-top: 0;\n}\n.entry-title {\nfont-size: 1.125rem;\n}\n.entry-org {\ncolor: var(--accent);\n}\n.stat {\npadding: 1rem 1.125rem;\nborder-radius: 10px;\nbackground: var(--surface);\nborder: 1px solid var(--border);\n}\n.stats .entry + .entry {\nmargin-top: 0;\n}\n.quote {\npadding: 1.25rem 1.5rem;\nborder-radius: 10px;\nbackground: var(--surface);\n}\n.site-footer {\nmargin-top: 2.5rem;\nborder-top: 1px solid var(--border);\n}\n@media (max-width: 34rem) {\n.banner-inner {\nflex-direction: column;\nalign-items: flex-start;\npadding: 2rem 1.25rem;\n}\n.content,\n.sidebar {\npadding-left: 1.25rem;\npadding-right: 1.25rem;\n}\n}\n@media print {\n.banner {\nbackground: none;\ncolor: var(--text);\n}\n:root:root {\n--banner-muted: #333333;\n}\n.banner-inner {\npadding: 0 0 1rem;\n}\n.monogram {\ndisplay: none;\n}\n.layout {\ngrid-template-columns: 13rem minmax(0, 1fr);\ngap: 1.5rem;\n}\n.sidebar {\npadding: 0;\nbackground: none;\n}\n.stat,\n.quote {\nbackground: none;\n}\n}",
    page: {
      '0': function (container, depth0, helpers, partials, data) {
        var stack1,
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (stack1 = container.invokePartial(lookupProperty(partials, 'photo'), depth0, {
          name: 'photo',
          data: data,
          helpers: helpers,
          partials: partials,
          decorators: container.decorators,
        })) != null
          ? stack1
          : '';
      },
      '1': function (container, depth0, helpers, partials, data, blockParams) {
        var stack1,
          alias1 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (stack1 = lookupProperty(helpers, 'with').call(
          alias1,
          lookupProperty(helpers, 'initials').call(alias1, lookupProperty(lookupProperty(depth0, 'site'), 'name'), {
            name: 'initials',
            hash: {},
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 13, column: 8 }, end: { line: 13, column: 28 } },
          }),
          {
            name: 'with',
            hash: {},
            fn: container.program(2, data, 1, blockParams),
            inverse: container.noop,
            data: data,
            blockParams: blockParams,
            loc: { start: { line: 13, column: 0 }, end: { line: 15, column: 9 } },
          },
        )) != null
          ? stack1
          : '';
      },
      '2': function (container, depth0, helpers, partials, data, blockParams) {
        return (
          '<span class="monogram" aria-hidden="true">' +
          container.escapeExpression(container.lambda(blockParams[0][0], depth0)) +
          '</span>\n'
        );
      },
      compiler: [8, '>= 4.3.0'],
      main: function (container, depth0, helpers, partials, data, blockParams) {
        var stack1,
          alias1 = container.strict,
          alias2 = container.lambda,
          alias3 = container.escapeExpression,
          alias4 = depth0 != null ? depth0 : container.nullContext || {},
          lookupProperty =
            container.lookupProperty ||
            function (parent, propertyName) {
              if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                return parent[propertyName];
              }
              return undefined;
            };

        return (
          '<!DOCTYPE html>\n<html lang="' +
          alias3(
            alias2(
              alias1(lookupProperty(depth0, 'site'), 'lang', {
                start: { line: 2, column: 14 },
                end: { line: 2, column: 23 },
              }),
              depth0,
            ),
          ) +
          '" dir="' +
          alias3(
            alias2(
              alias1(lookupProperty(depth0, 'site'), 'dir', {
                start: { line: 2, column: 34 },
                end: { line: 2, column: 42 },
              }),
              depth0,
            ),
          ) +
          '">\n<head>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'head'), depth0, {
            name: 'head',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</head>\n<body class="theme-modern">\n<a class="skip-link" href="#content">' +
          alias3(
            lookupProperty(helpers, 't').call(alias4, 'skipToContent', {
              name: 't',
              hash: {},
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 7, column: 37 }, end: { line: 7, column: 58 } },
            }),
          ) +
          '</a>\n<header class="banner">\n<div class="banner-inner">\n' +
          ((stack1 = lookupProperty(helpers, 'if').call(
            alias4,
            lookupProperty(lookupProperty(depth0, 'site'), 'photo'),
            {
              name: 'if',
              hash: {},
              fn: container.program(0, data, 0, blockParams),
              inverse: container.program(1, data, 0, blockParams),
              data: data,
              blockParams: blockParams,
              loc: { start: { line: 10, column: 0 }, end: { line: 16, column: 7 } },
            },
          )) != null
            ? stack1
            : '') +
          '<div class="banner-text">\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'hero'), depth0, {
            name: 'hero',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</div>\n</div>\n</header>\n<div class="layout">\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'sidebar'), depth0, {
            name: 'sidebar',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '<main id="content" class="content">\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-summary'), depth0, {
            name: 'section-summary',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-experience'), depth0, {
            name: 'section-experience',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-projects'), depth0, {
            name: 'section-projects',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-achievements'), depth0, {
            name: 'section-achievements',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-education'), depth0, {
            name: 'section-education',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-certifications'), depth0, {
            name: 'section-certifications',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-courses'), depth0, {
            name: 'section-courses',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-volunteer'), depth0, {
            name: 'section-volunteer',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-publications'), depth0, {
            name: 'section-publications',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-speaking'), depth0, {
            name: 'section-speaking',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-patents'), depth0, {
            name: 'section-patents',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-memberships'), depth0, {
            name: 'section-memberships',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-testimonials'), depth0, {
            name: 'section-testimonials',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'section-unclassified'), depth0, {
            name: 'section-unclassified',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</main>\n</div>\n' +
          ((stack1 = container.invokePartial(lookupProperty(partials, 'footer'), depth0, {
            name: 'footer',
            data: data,
            blockParams: blockParams,
            helpers: helpers,
            partials: partials,
            decorators: container.decorators,
          })) != null
            ? stack1
            : '') +
          '</body>\n</html>\n'
        );
      },
      usePartial: true,
      useData: true,
      useBlockParams: true,
    },
    partials: {
      sidebar: {
        '0': function (container, depth0, helpers, partials, data) {
          var stack1,
            lookupProperty =
              container.lookupProperty ||
              function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                  return parent[propertyName];
                }
                return undefined;
              };

          return (
            '<aside class="sidebar">\n' +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'section-contact'), depth0, {
              name: 'section-contact',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'section-skills'), depth0, {
              name: 'section-skills',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'section-languages'), depth0, {
              name: 'section-languages',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            ((stack1 = container.invokePartial(lookupProperty(partials, 'section-hobbies'), depth0, {
              name: 'section-hobbies',
              data: data,
              helpers: helpers,
              partials: partials,
              decorators: container.decorators,
            })) != null
              ? stack1
              : '') +
            '</aside>\n'
          );
        },
        compiler: [8, '>= 4.3.0'],
        main: function (container, depth0, helpers, partials, data) {
          var stack1,
            alias1 = depth0 != null ? depth0 : container.nullContext || {},
            lookupProperty =
              container.lookupProperty ||
              function (parent, propertyName) {
                if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
                  return parent[propertyName];
                }
                return undefined;
              };

          return (stack1 = lookupProperty(helpers, 'if').call(
            alias1,
            lookupProperty(helpers, 'or').call(
              alias1,
              lookupProperty(lookupProperty(depth0, 'cv'), 'contact'),
              lookupProperty(lookupProperty(depth0, 'cv'), 'skills'),
              lookupProperty(lookupProperty(depth0, 'cv'), 'languages'),
              lookupProperty(lookupProperty(depth0, 'cv'), 'hobbies'),
              {
                name: 'or',
                hash: {},
                data: data,
                loc: { start: { line: 1, column: 6 }, end: { line: 1, column: 55 } },
              },
            ),
            {
              name: 'if',
              hash: {},
              fn: container.program(0, data, 0),
              inverse: container.noop,
              data: data,
              loc: { start: { line: 1, column: 0 }, end: { line: 8, column: 7 } },
            },
          )) != null
            ? stack1
            : '';
        },
        usePartial: true,
        useData: true,
      },
    },
  },
];
