/**
 * Generated from openapi.yaml by packages/sdk/scripts/generate.ts (openapi-typescript).
 * Do not edit: change openapi.yaml and run `npm run generate`.
 */

export interface paths {
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates an account with email and password and signs it in. The response carries the new
         *     session and sets the `r2w_session` cookie.
         *
         *     - With `X-Publishable-Key`, the account belongs to that tenant (`user.tenant_id`).
         *     - With a valid **guest** session (bearer or cookie), the guest's CVs and portfolios move to
         *       the new account and the guest session is deleted. Any other presented session is ignored.
         *
         *     Passwords are stored with argon2id. Attempts are rate-limited per IP.
         */
        post: operations["registerUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Verifies the email and password and issues a new session (sessions are rotated at every
         *     login); the response sets the `r2w_session` cookie. An unknown email and a wrong password
         *     get the identical `401 unauthorized` answer, in the same time.
         *
         *     With a valid **guest** session, the guest's CVs and portfolios are claimed by the account.
         *     Failed attempts slow down and then block the (account, address) pair and the address; an
         *     account attacked from many addresses is only throttled, never locked against its owner
         *     (`429 rate-limited` with `Retry-After`; the numbers are in docs/auth.md). The counters
         *     survive a restart.
         */
        post: operations["loginUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Deletes the presented session (bearer or cookie) and clears the `r2w_session` cookie. Other sessions of the same user are not affected.
         */
        post: operations["logoutUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Sets a new password for the signed-in account after checking the current one. Every
         *     session of the account ends (other browsers and devices are signed out) and the answer is a
         *     new session for this client, with the `r2w_session` cookie set again.
         *
         *     - `current_password` wrong: `422 validation-error` pointing at `/current_password`; attempts
         *       count toward the same per-address and per-IP limits as sign-in (`429` after too many).
         *     - `new_password` follows the registration rules (8–256 characters, not one of the most
         *       common passwords): `422` pointing at `/new_password`.
         *     - A guest, or an account that signs in only with Google or LinkedIn, has no password to
         *       change: `403 no-password`.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link
         * @description Mails a link to set a new password to `email` when an account (not a guest) has that
         *     address; answers `202` either way, in the same time, so the answer never tells whether an
         *     account exists. The link (`{site}/reset-password?token=…`) works once, for 30 minutes; only a
         *     hash of its token is stored. Asking again sends a new link and the older ones stop working.
         *     An account that signs in only with Google or LinkedIn can set a password this way.
         *
         *     Rate-limited per IP (`429` with `Retry-After`). Past the limit per address (5 an hour,
         *     counted whether or not an account exists) the answer stays `202` and nothing more is sent,
         *     so a stranger can neither flood a mailbox nor keep its owner from asking. The message is in
         *     the account's language and, for an account of a tenant, carries the tenant's name.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link's token
         * @description Sets the new password (the registration rules apply: `422` pointing at `/password`), ends
         *     every session of the account, marks the address verified (the link proved it), and signs
         *     this client in: the answer is a new session with the `r2w_session` cookie. A token that was
         *     used, has expired, was replaced by a newer link or was never issued answers
         *     `400 invalid-token`. A "your password was changed" message goes to the address.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the email address with a link's token
         * @description Marks the address the link was sent to as verified (`user.email_verified`,
         *     `user.email_verified_at`) and answers the user. Needs no session: the link may be opened in
         *     another browser. A token that was used, has expired (7 days), was replaced by a newer link,
         *     was sent to an address the account no longer has, or was never issued answers
         *     `400 invalid-token`.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the verification link again
         * @description Mails a new verification link to the signed-in account's address (older links stop working). `409 conflict` when the address is verified already, or for a guest (who has no address). Rate-limited per account (`429`).
         */
        post: operations["resendVerificationEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out everywhere
         * @description Ends every session of the signed-in user, the presented one included (every browser, device and SDK client signed in as this user), and clears the `r2w_session` cookie. For a lost phone or a shared computer left signed in.
         */
        delete: operations["revokeAllSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description Returns the user of the presented session (a guest included), when the session expires, and whether payments are enabled for this user (globally and for the user's tenant).
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        /**
         * Delete the account
         * @description Permanently deletes the signed-in user (or guest) with all of their data: uploaded files, CV documents, extractions, portfolios and their previews and published sites, and every session of the user. Payment records are retained for accounting but detached from the user. The `r2w_session` cookie is cleared.
         */
        delete: operations["deleteCurrentUser"];
        options?: never;
        head?: never;
        /**
         * Change the account's settings
         * @description Changes the full name, the language of the messages the account receives (`locale`), and whether it receives messages about its websites and payments (`email_notifications`: "your website is live", receipts, "your website was taken down"). Security messages (password reset, password changed, address verification) are always sent. Guests have no address: `409 conflict` for `email_notifications`.
         */
        patch: operations["updateCurrentUser"];
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, if anyone
         * @description Answers `200` whether or not a session is presented: `signed_in: false` and `current: null` without one (or with an unknown or expired one), else `signed_in: true` and the same `CurrentUser` as `getCurrentUser`. For pages that must learn whether someone is signed in on every visit, without an error answer when nobody is (`getCurrentUser` answers `401` then).
         */
        get: operations["getSessionState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/guest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a guest session
         * @description Creates a guest user (`user.is_guest: true`, no email) and a session for it, so a visitor can
         *     upload and preview before signing up. No request body. The response sets the `r2w_session`
         *     cookie.
         *
         *     If the request already presents a valid guest session, that same session is answered (no
         *     new guest is created), so a widget that mounts again keeps its work. With
         *     `X-Publishable-Key` the guest belongs to that tenant.
         */
        post: operations["createGuestSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oauth/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in with an OAuth provider
         * @description Browser navigation (not XHR). Creates a one-time `state` (and, for Google, a PKCE verifier
         *     and a `nonce`; LinkedIn's OpenID Connect rejects both, see the project's decision record
         *     0003), binds them to this browser with a short-lived `r2w_oauth` cookie scoped to the
         *     provider's callback path, and redirects to the provider's authorization endpoint. After the
         *     provider answers, `completeOAuth` redirects back to `return_to` on the hosted site
         *     (`FRONTEND_URL`). When the provider's discovery document cannot be fetched, answers `503`.
         *
         *     A guest session cookie present now is claimed when the sign-in completes.
         */
        get: operations["startOAuth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oauth/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finish signing in with an OAuth provider
         * @description The provider's redirect target. Verifies `state` against the `r2w_oauth` cookie (one use,
         *     10 minutes), exchanges `code` (with the PKCE verifier where used), checks the ID token's
         *     signature, issuer, audience, expiry and nonce, signs the person in (creating the
         *     account on first use, linking by verified email), claims a guest session if one was present
         *     at start, sets the `r2w_session` cookie and redirects to the `return_to` path given at start.
         *
         *     - An invalid, expired, reused or foreign `state` answers `400 oauth-state-invalid`.
         *     - When the provider reports an error (for example the person cancelled) or the code exchange
         *       fails, the browser is still redirected to `return_to`, with the query parameter
         *       `auth_error` set to the provider's error code (or `provider_error`), and no session.
         *     - When the provider does not vouch for the email (`email_verified` false) and the provider
         *       account is not linked yet, the redirect carries `auth_error=email_not_verified`.
         */
        get: operations["completeOAuth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the client configuration
         * @description Public. Tells a client (the widget, the hosted site, an SDK user) what this server offers: the tenant identified by `X-Publishable-Key` and its branding (or `null` without a key), whether payments are enabled and at what price, Stripe's publishable key, the configured OAuth providers, the upload size cap and the accepted file types.
         */
        get: operations["getClientConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cvs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your CVs
         * @description The signed-in user's CVs, newest first, paginated.
         */
        get: operations["listCvs"];
        put?: never;
        /**
         * Upload a CV
         * @description Stores the uploaded file exactly as received, records it and enqueues an extraction; answers
         *     at once with the CV and the new extraction's id (`extraction.status` is `queued`, or
         *     `succeeded` when a cached result for the same file was reused). Follow progress with
         *     `getExtraction` or `streamExtractionEvents`.
         *
         *     Accepted files (the type is decided by the file's bytes and by parsing it, never by its name
         *     or the part's `Content-Type`): PDF, DOCX, DOC, plain text (TXT), Markdown, PNG, JPEG, WEBP
         *     (photos or scans of a CV) and JSON Resume documents (JSON). A JSON Resume file is imported
         *     directly, without a model.
         *
         *     The size cap is 10 MB by default (`max_upload_bytes` in `getClientConfig`); larger bodies are
         *     refused before they are buffered (`413`). Encrypted, corrupt or empty files and DOCX files
         *     that inflate beyond the limit answer `422 unprocessable-file`; a file that is evidently not a
         *     CV (for example a JSON file that is not a JSON Resume) answers `422 not-a-cv`. When the
         *     account already holds the maximum number of CVs the upload is refused with
         *     `409 cv-limit-reached`; nothing is deleted to make room.
         */
        post: operations["uploadCv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cvs/{cv_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a CV
         * @description The CV's file metadata, its latest extraction (id and status) and whether it has a document yet.
         */
        get: operations["getCv"];
        put?: never;
        post?: never;
        /**
         * Delete a CV
         * @description Permanently deletes the CV: the original file, every version of its document, its extractions, and its portfolios together with their previews and published sites (which are taken offline). Payment records are retained for accounting but no longer reachable through the API. Running extractions are cancelled.
         */
        delete: operations["deleteCv"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cvs/{cv_id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        /**
         * Download the original file
         * @description The uploaded file, byte for byte, with the content type detected at upload (`Cv.content_type`) and `Content-Disposition: attachment` carrying the original file name. Served with `X-Content-Type-Options: nosniff`.
         *     With `disposition=inline` the file is answered `Content-Disposition: inline` and may be framed by pages of this same origin (`frame-ancestors 'self'`), so the hosted site's editor shows a PDF in the browser's own viewer beside the form; its policy still runs no script of the file's origin and other origins still cannot frame it.
         */
        get: operations["getCvFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cvs/{cv_id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get the CV document
         * @description The current version of the CV's structured document.
         *
         *     - `format=cvdata` (default): a `CvDocument` envelope (version, source, timestamps) around the
         *       18-section `CvData`.
         *     - `format=jsonresume`: the same document converted to a JSON Resume 1.x object (`JsonResume`);
         *       sections JSON Resume lacks are carried in its `x-resume2website` extension member so a
         *       round trip loses nothing.
         *
         *     `404 not-found` while there is no document yet (the first extraction has not finished, or
         *     it failed and nobody has entered data by hand); the problem's `detail` says so.
         */
        get: operations["getCvData"];
        /**
         * Replace the CV document
         * @description Replaces the whole document with `data` and stores it as a new version (`source: user`).
         *     Allowed before any extraction has finished (a person may type a CV by hand).
         *
         *     Optimistic concurrency: pass the `version` you edited as `base_version`; if the current
         *     version differs (someone else, or a finished re-extraction, wrote in between) the request is
         *     refused with `409 conflict` and nothing is written. Without `base_version` the write is
         *     unconditional.
         *
         *     The document is validated against `CvData` (`422 validation-error` with one entry per
         *     failure; for example a `javascript:` URL or a date that is not `YYYY[-MM[-DD]]`). Previews of
         *     this CV's portfolios show the new version immediately; published sites change only when
         *     published again.
         */
        put: operations["updateCvData"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change part of the CV document
         * @description Applies an [RFC 7396](https://www.rfc-editor.org/rfc/rfc7396) JSON merge patch to the current
         *     document and stores the result as a new version (`source: user`), so a client sends only what
         *     changed. The body is shaped like `updateCvData`'s, but `data` is a merge patch of the
         *     document rather than a whole one:
         *
         *     - an object member is merged into the current one, recursively (`{"hero": {"professionalTitle": "CTO"}}`
         *       changes the title and keeps the rest of `hero`);
         *     - `null` removes the member (`{"contact": {"phone": null}}`);
         *     - any other value, arrays included, replaces the current one whole (there is no way to
         *       change one element of an array: send the whole array).
         *
         *     `base_version` works as in `updateCvData`: when the current version differs, nothing is
         *     written and the answer is `409 conflict`. Without it the patch applies to the current
         *     version, and a write that lands between reading and storing it still answers `409`.
         *     `404 not-found` while the CV has no document yet (use `updateCvData` to write a first one).
         *
         *     The patched document is validated exactly like `updateCvData`'s (`422 validation-error`, its
         *     `errors[]` pointing into `/data`), and the answer is the same.
         */
        patch: operations["patchCvData"];
        trace?: never;
    };
    "/api/v1/cvs/{cv_id}/extractions": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extract the CV again
         * @description Enqueues a new extraction of the CV's original file. Results are cached by file hash,
         *     extractor, model and prompt version; `force: true` bypasses the cache. If an extraction of
         *     this CV is already `queued` or `running`, that one is answered instead of starting another.
         *
         *     When it succeeds, the extraction writes a new version of the document (`source: extraction`)
         *     that replaces the current one, including hand edits; clients should confirm with the person
         *     first. The body is optional.
         */
        post: operations["createExtraction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extractions/{extraction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The extraction's id. */
                extraction_id: components["parameters"]["ExtractionIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get an extraction
         * @description The extraction's status and stage, which extractor and model ran, timing, token usage and cost, quality signals and, when it failed, why. Poll it (every 1–2 s) or use `streamExtractionEvents`.
         */
        get: operations["getExtraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/extractions/{extraction_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The extraction's id. */
                extraction_id: components["parameters"]["ExtractionIdParam"];
            };
            cookie?: never;
        };
        /**
         * Stream extraction progress (Server-Sent Events)
         * @description A `text/event-stream` of the extraction's real progress (no simulated steps):
         *
         *     - `event: status` — sent once on connect with the current state, then on every change of
         *       `status` or `stage`; `data` is the `Extraction` JSON on one line. Each carries an `id:`
         *       line (the server's clock in milliseconds when it was sent), so `EventSource` sends it back
         *       as `Last-Event-ID` when it reconnects. The server does not replay from it: a reconnected
         *       stream starts again with the current state, which is all a client needs.
         *     - `event: succeeded` / `event: failed` — terminal; `data` is the final `Extraction` JSON. The
         *       server closes the stream right after. Connecting to a finished extraction yields one
         *       `status` event followed by the terminal event.
         *     - `: heartbeat` comment lines every 15 seconds keep proxies from closing an idle stream.
         *
         *     Authenticate with the bearer header (read the stream with `fetch`) or the session cookie
         *     (`EventSource` with `withCredentials`). Responses carry `Cache-Control: no-cache, no-transform`
         *     (no proxy may store or re-encode the stream) and `X-Accel-Buffering: no` (nginx passes each
         *     event on at once). A stream is closed after the extraction's time budget at the latest;
         *     reconnecting is safe.
         */
        get: operations["streamExtractionEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the themes
         * @description Public. Every theme a portfolio can use, in display order. Not paginated.
         */
        get: operations["listThemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/themes/{theme_id}/thumbnail.png": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The theme's id. */
                theme_id: components["schemas"]["ThemeId"];
            };
            cookie?: never;
        };
        /**
         * Get a theme's thumbnail
         * @description Public. A 600×400 PNG of the theme rendering a sample CV, the address `Theme.thumbnail_url` gives. The images ship with the server (they are generated from the themes at build time), so they change only with a release: cacheable for a day (`Cache-Control: public, max-age=86400`) with a strong `ETag`, and a request with a matching `If-None-Match` answers `304`. Served with `Cross-Origin-Resource-Policy: cross-origin` and `Access-Control-Allow-Origin: *`, so a career site's page may show it. An unknown theme answers `404 not-found`.
         */
        get: operations["getThemeThumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your portfolios
         * @description The signed-in user's portfolios, newest first, paginated.
         */
        get: operations["listPortfolios"];
        put?: never;
        /**
         * Create a portfolio
         * @description Creates a draft portfolio from a CV and a theme and answers with its preview URL right away
         *     (rendering takes milliseconds). The preview lives at an unguessable URL, is marked
         *     `noindex`, always shows the CV's current document and expires after 24 hours
         *     (`preview_expires_at`); reading or updating the portfolio after that issues a new one.
         *
         *     `slug` is the site's address (`/sites/{slug}/`); when omitted, one is derived from the CV's
         *     name and made unique. A slug that is already taken answers `409 conflict`. A `cv_id` that does
         *     not exist or is not yours, a CV that has no document yet, or an unknown `theme` answers
         *     `422 validation-error` with the failing member in `errors[]`.
         */
        post: operations["createPortfolio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{portfolio_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a portfolio
         * @description The portfolio's theme, slug, status, preview and published URLs and whether it is paid for. Poll it after `publishPortfolio` or `unpublishPortfolio` until the status settles. When the preview has expired, a new preview URL is issued.
         */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        /**
         * Delete a portfolio
         * @description Deletes the portfolio, its preview and, if it is published, takes the site offline. The CV and its document are kept. Payment records are retained for accounting but no longer reachable through the API.
         */
        delete: operations["deletePortfolio"];
        options?: never;
        head?: never;
        /**
         * Change a portfolio's theme or slug
         * @description Changes the theme and/or the slug (at least one). The preview reflects the change at once; a published site changes only when it is published again (then the old slug's site is removed). A slug that is taken answers `409 conflict`; an unknown theme `422`. Not allowed while the portfolio is `publishing` or `unpublishing` (`409 conflict`).
         */
        patch: operations["updatePortfolio"];
        trace?: never;
    };
    "/api/v1/portfolios/{portfolio_id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a portfolio
         * @description Renders the CV's current document with the portfolio's theme and publishes it at
         *     `published_url`; answers at once with `status: publishing`. Poll `getPortfolio` until it is
         *     `published` (or `failed`). Assets are uploaded first and `index.html` last, so readers never
         *     see a mix of two versions; publishing again replaces the site and invalidates the CDN.
         *
         *     Allowed from `draft`, `published` and `failed`; while already `publishing` the current state
         *     is answered (idempotent); while `unpublishing` it answers `409 conflict`. When payments are
         *     enabled and the portfolio is not paid for, it answers `402 payment-required` (use
         *     `createCheckoutSession`; a paid checkout publishes by itself through the webhook). A CV
         *     without a document answers `422 validation-error`.
         */
        post: operations["publishPortfolio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{portfolio_id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a portfolio offline
         * @description Removes the published site and answers at once with `status: unpublishing`; the portfolio returns to `draft` when the site is gone (a later publish needs no new payment). Allowed from `published` and `failed`; while already `unpublishing` the current state is answered (idempotent); from `draft` or `publishing` it answers `409 conflict`.
         */
        post: operations["unpublishPortfolio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{portfolio_id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start paying for a portfolio
         * @description Creates a Stripe Checkout Session (`ui_mode: embedded`) for the portfolio at the configured
         *     price (the tenant's price when the user belongs to a tenant that has one) and returns its
         *     client secret; mount Stripe's embedded checkout with `publishable_key` and `client_secret`.
         *
         *     Payment is confirmed only by Stripe's webhook (`handleStripeWebhook`), which then publishes
         *     the portfolio; the return page must not publish by itself. Answers `409 already-paid` when
         *     the portfolio is already paid for, and `404 not-found` when payments are disabled.
         */
        post: operations["createCheckoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{portfolio_id}/checkout/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
                /** @description The Stripe Checkout Session id (`cs_…`) returned by `createCheckoutSession`. */
                session_id: components["parameters"]["CheckoutSessionIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a checkout session's state
         * @description For the return page: the Stripe Checkout Session's status and payment status (read from Stripe) and whether the portfolio is recorded as paid. `portfolio_paid` may lag `payment_status: paid` by the few seconds the webhook takes; poll until it is true. Answers `404` for a session that does not belong to this portfolio, and when payments are disabled.
         */
        get: operations["getCheckoutSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolios/{portfolio_id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        /**
         * List a portfolio's payments
         * @description Every payment attempt recorded for the portfolio, newest first. Not paginated (a portfolio has few). Empty when payments are disabled.
         */
        get: operations["listPortfolioPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive Stripe events
         * @description Stripe's webhook endpoint. Not for clients. Authenticated by the `Stripe-Signature` header,
         *     verified against the **raw** request body with the webhook signing secret (5-minute
         *     tolerance); a missing or wrong signature answers `400 webhook-signature-invalid`.
         *
         *     Each event is recorded once (unique event id), so redeliveries are harmless and answered
         *     `200`. `checkout.session.completed` and `checkout.session.async_payment_succeeded` record
         *     the payment once (unique checkout session id), mark the portfolio paid and enqueue
         *     publishing; `checkout.session.expired` and `checkout.session.async_payment_failed` update the
         *     payment; `charge.refunded` marks it refunded. Other event types are acknowledged and
         *     ignored. A failure to record answers `500` so that Stripe retries. Answers `404` when
         *     payments are disabled.
         */
        post: operations["handleStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenant/portfolios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's portfolios
         * @description Server to server. Authenticate with the tenant's secret key: `Authorization: Bearer sk_…` (a session id is refused with `401`). Answers the portfolios of the users who belong to the tenant, newest first, each with its `user_id`.
         */
        get: operations["listTenantPortfolios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description All tenants, newest first, paginated. Secret keys are never included.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Registers a career site. Answers the tenant with its publishable key and its secret key; the secret key is shown only in this response (it is stored hashed) and can be replaced with `rotateTenantSecretKey`.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                tenant_id: components["parameters"]["TenantIdParam"];
            };
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description The tenant. The secret key is never included.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        /**
         * Delete a tenant
         * @description Deletes the tenant; its publishable and secret keys stop working immediately. The tenant's users keep their accounts, CVs and portfolios (their `tenant_id` becomes `null`).
         */
        delete: operations["deleteTenant"];
        options?: never;
        head?: never;
        /**
         * Update a tenant
         * @description Changes the given members (at least one). `allowed_origins` and `branding` are replaced as a whole; `stripe_price_id: null` returns the tenant to the server's default price. Changes to allowed origins apply to the next request.
         */
        patch: operations["updateTenant"];
        trace?: never;
    };
    "/api/v1/admin/tenants/{tenant_id}/secret-key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                tenant_id: components["parameters"]["TenantIdParam"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a tenant's secret key
         * @description Issues a new secret key and revokes the old one immediately. The new key is shown only in this response. The publishable key does not change.
         */
        post: operations["rotateTenantSecretKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/previews/{preview_token}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unguessable preview token from `Portfolio.preview_url`. */
                preview_token: components["parameters"]["PreviewTokenParam"];
            };
            cookie?: never;
        };
        /**
         * View a portfolio preview
         * @description The portfolio rendered from the CV's current document, as HTML. The token is the unguessable part of `Portfolio.preview_url`; an unknown or expired token answers `404`. Every response carries `X-Robots-Tag: noindex, nofollow`, a strict `Content-Security-Policy` and `Cache-Control: private, no-store`. The trailing slash is part of the address so that the page's relative asset links resolve; `/previews/{preview_token}` redirects to it.
         */
        get: operations["getPreviewPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/previews/{preview_token}/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unguessable preview token from `Portfolio.preview_url`. */
                preview_token: components["parameters"]["PreviewTokenParam"];
                /** @description An asset's file name. Assets are flat (one path segment) and content-hashed, e.g. `style.3f2a1b9c.css`; `index.html` is served at the directory address instead. */
                asset: components["parameters"]["AssetParam"];
            };
            cookie?: never;
        };
        /**
         * Get a preview asset
         * @description A static asset of the preview page (the theme's stylesheet, images), by its content-hashed file name. Carries `X-Robots-Tag: noindex, nofollow`. Unknown token or asset answers `404`.
         */
        get: operations["getPreviewAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites/{slug}/": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The published portfolio's slug. */
                slug: components["parameters"]["SlugParam"];
            };
            cookie?: never;
        };
        /**
         * View a published site
         * @description The published portfolio's `index.html`, when published sites are served by this server (the embedded default; in production they are served from object storage behind a CDN on a separate domain and this route answers `404`). A slug that is not published answers `404`. Carries a strict `Content-Security-Policy`; the page needs no JavaScript. `/sites/{slug}` redirects to this address.
         */
        get: operations["getSitePage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sites/{slug}/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The published portfolio's slug. */
                slug: components["parameters"]["SlugParam"];
                /** @description An asset's file name. Assets are flat (one path segment) and content-hashed, e.g. `style.3f2a1b9c.css`; `index.html` is served at the directory address instead. */
                asset: components["parameters"]["AssetParam"];
            };
            cookie?: never;
        };
        /**
         * Get a published site's asset
         * @description A static asset of the published site (its stylesheet, images), by its content-hashed file name, cacheable for a year (`Cache-Control: public, max-age=31536000, immutable`).
         */
        get: operations["getSiteAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/r2w-widget.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the widget script
         * @description Public. The `<r2w-widget>` web component as one self-contained ES module, for a career site to load as a module script (`type="module"`) from this address. This stable address always serves the current release and is cached briefly (`Cache-Control: public, max-age=300`, with a strong `ETag`; a matching `If-None-Match` answers `304`). To pin a release, for example with Subresource Integrity, load the address in `Content-Location` (`getVersionedWidgetScript`) with the hash in `X-Widget-Integrity` as the `integrity` attribute (and `crossorigin="anonymous"`). Answers `503 widget-not-built` when this server has no built widget bundle.
         */
        get: operations["getWidgetScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/r2w-widget.{version}.js": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The script's content hash: the first 16 hexadecimal digits of its SHA-256, as in the `Content-Location` of `getWidgetScript`. */
                version: string;
            };
            cookie?: never;
        };
        /**
         * Get one release of the widget script
         * @description Public. The widget script by its content hash: the same bytes as `getWidgetScript` while that release is current, cacheable for a year (`Cache-Control: public, max-age=31536000, immutable`), with `X-Widget-Integrity` for Subresource Integrity. This server serves only its current release: another hash answers `404 not-found` (a CDN in front keeps earlier releases available to pages that pinned them).
         */
        get: operations["getVersionedWidgetScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widget/v1/chunks/{chunk}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A chunk's file name as the widget script imports it: flat, content-hashed by the build, ending in `.js`. */
                chunk: string;
            };
            cookie?: never;
        };
        /**
         * Get a lazily loaded part of the widget
         * @description Public. A module the widget script imports on demand (a step few visitors reach), from the bundle's `chunks/` folder. Chunk names are content-hashed, so they are cacheable for a year (`Cache-Control: public, max-age=31536000, immutable`). An unknown chunk answers `404 not-found`.
         */
        get: operations["getWidgetChunk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the hosted site
         * @description Public. The hosted reference site's home page: the single-page app's HTML shell (see the `Site` tag), which loads the app's content-hashed script and stylesheet from `/app/…`. Answers `503 site-not-built` when this server has no built site.
         */
        get: operations["getSiteHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the sign-in page
         * @description Public. The hosted site's sign-in page (the app's HTML shell, see the `Site` tag).
         */
        get: operations["getSiteSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the forgotten-password page
         * @description Public. Asks for the address to send a reset link to (the app's HTML shell, see the `Site` tag).
         */
        get: operations["getSiteForgotPassword"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the reset-password page
         * @description Public. Where a reset link leads: sets a new password with the link's token (the app's HTML shell).
         */
        get: operations["getSiteResetPassword"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the address verification page
         * @description Public. Where a verification link leads: verifies the address with the link's token (the app's HTML shell).
         */
        get: operations["getSiteVerifyEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the sign-up page
         * @description Public. The hosted site's sign-up page (the app's HTML shell, see the `Site` tag).
         */
        get: operations["getSiteSignUp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the dashboard
         * @description Public (the app asks for a session once loaded). The hosted site's list of the person's CVs and portfolios (the app's HTML shell, see the `Site` tag). A page that pays: with payments on, its `Content-Security-Policy` admits Stripe.
         */
        get: operations["getSiteDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the create flow
         * @description Public. The hosted site's upload → review → theme → preview → pay/publish flow (the app's HTML shell, see the `Site` tag). A page that pays: with payments on, its `Content-Security-Policy` admits Stripe.
         */
        get: operations["getSiteCreate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the account page
         * @description Public (the app asks for a session once loaded). The hosted site's account page (the app's HTML shell, see the `Site` tag).
         */
        get: operations["getSiteAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cvs/{cv_id}/edit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        /**
         * Open a CV in the editor
         * @description Public (the app asks for a session once loaded, and the API answers `404` for a CV that is not the caller's). The hosted site's editor for one CV's document (the app's HTML shell, see the `Site` tag). A malformed id answers `400 invalid-parameters`.
         */
        get: operations["getSiteCvEditor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/portfolios/{portfolio_id}/checkout/return": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        /**
         * Return from a checkout
         * @description Public. Where Stripe sends the customer after a checkout started from the hosted site (the `return_url` of `createCheckoutSession`, on `FRONTEND_URL`, with Stripe's `session_id={CHECKOUT_SESSION_ID}`): the app's HTML shell (see the `Site` tag), whose page reads the checkout's state and waits until the portfolio is paid. A page that pays: with payments on, its `Content-Security-Policy` admits Stripe. A malformed id answers `400 invalid-parameters`.
         */
        get: operations["getSiteCheckoutReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/{asset}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file of the site's build as its manifest lists it: flat, content-hashed (e.g. `r2w-site-3f2a1b9c.js`). */
                asset: string;
            };
            cookie?: never;
        };
        /**
         * Get a file of the hosted site's app
         * @description Public. A script, stylesheet or image of the site's build, by its content-hashed name: cacheable for a year (`Cache-Control: public, max-age=31536000, immutable`, with a strong `ETag`; a matching `If-None-Match` answers `304`). Only the files the build's manifest lists are served: any other name answers `404 not-found`.
         */
        get: operations["getSiteAppAsset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/chunks/{chunk}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A module the app's script imports on demand, as the manifest lists it under `chunks/`: flat, content-hashed, ending in `.js`. */
                chunk: string;
            };
            cookie?: never;
        };
        /**
         * Get a lazily loaded part of the hosted site's app
         * @description Public. A module of the site's build under `chunks/`, by its content-hashed name, cacheable for a year like `getSiteAppAsset`. A chunk the manifest does not list answers `404 not-found`.
         */
        get: operations["getSiteAppChunk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/favicon.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the site's icon
         * @description Public. The site build's `favicon.svg` (cached for a day, with a strong `ETag`); `404 not-found` when the build has none.
         */
        get: operations["getSiteFavicon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers `200` while the process is alive and its event loop responsive. Checks no dependencies (use `/ready` for that). For Kubernetes liveness probes. Like every route it is behind the global per-client rate limit (`429`), which is generous enough for probes.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Checks every configured backend (database, Redis, blob store, queue) with a short timeout and answers `200` when all are up. Answers `503` with the same shape when one is down or the server is shutting down (graceful shutdown turns readiness off first, then drains). For Kubernetes readiness probes and load balancers.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Process and application metrics in the Prometheus text exposition format (version 0.0.4).
         *     `HEAD` answers with the same headers and no body. The application's series:
         *
         *     | metric | type | labels | meaning |
         *     |---|---|---|---|
         *     | `r2w_http_request_duration_seconds` | histogram | `operation_id`, `method`, `status` | HTTP request duration; `operation_id` is this document's operationId, or `unmatched` for requests outside it |
         *     | `r2w_queue_depth` | gauge | `queue`, `state` | Jobs per queue (`extract`, `render`, `publish`, `cleanup`) and state (`waiting`, `active`, `delayed`, `failed`), read at scrape time |
         *     | `r2w_queue_oldest_waiting_age_seconds` | gauge | `queue` | How long the oldest waiting job has waited; 0 when none waits |
         *     | `r2w_extractions_total` | counter | `extractor`, `outcome` | Finished extraction runs: `outcome` is `succeeded`, `cached`, an extraction error code, or `error` (retried) |
         *     | `r2w_extraction_duration_seconds` | histogram | `extractor`, `outcome` | Extraction run duration |
         *     | `r2w_publish_duration_seconds` | histogram | `outcome` | Publish run duration: `succeeded`, `failed`, `error` (retried) or `abandoned` |
         *     | `r2w_circuit_breaker_state` | gauge | `breaker` | 0 closed, 1 half-open, 2 open (`claude`, when Claude is configured) |
         *     | `r2w_claude_tokens_total` | counter | `model`, `kind` | Tokens Claude billed for extractions, failed ones included; `kind` is `input`, `output`, `cache_read` or `cache_write` |
         *     | `r2w_claude_cost_usd_total` | counter | `model` | Those tokens at list price, in US dollars (0 for a model without a known price) |
         *
         *     Node.js process metrics (`process_*`, `nodejs_*`) are included.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This API description
         * @description This OpenAPI 3.1 document, as served by the running server.
         */
        get: operations["getOpenApiSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interactive API documentation
         * @description An HTML page that renders this document (Swagger UI, served locally, no CDN). The copy it loads lists the server's own public address (`BACKEND_URL`) as the only entry of `servers`, so "Try it out" calls the server the page came from; `/openapi.yaml` stays the file as written.
         */
        get: operations["getApiDocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A user's id.
         * @example usr_up9v6etdrywi2uvwqmrrekwq9x
         */
        UserId: string;
        /**
         * @description A CV's id.
         * @example cv_6aiwbezhvwcyt8ch6xmt5r88ga
         */
        CvId: string;
        /**
         * @description An extraction's id.
         * @example ext_yin5upp8vazmc4c3dp3s5vvcug
         */
        ExtractionId: string;
        /**
         * @description A portfolio's id.
         * @example pf_r4agxc33434fo9941y3eyqh4xl
         */
        PortfolioId: string;
        /**
         * @description A payment's id.
         * @example pay_emu4vcuuuam73k1ymcatmqjm3a
         */
        PaymentId: string;
        /**
         * @description A tenant's id.
         * @example ten_fg2d5xmy7pomcfei8obaziscli
         */
        TenantId: string;
        /**
         * @description A Stripe Checkout Session id.
         * @example cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ
         */
        CheckoutSessionId: string;
        /**
         * @description A portfolio's address segment: lowercase letters, digits and inner hyphens; 1 or 3–63 characters.
         * @example lucia-fernandez
         */
        Slug: string;
        /**
         * @description A theme's id, as listed by `listThemes`.
         * @example classic
         */
        ThemeId: string;
        /**
         * @description An OAuth / OpenID Connect provider.
         * @enum {string}
         */
        OAuthProvider: "google" | "linkedin";
        /**
         * @description A tenant's publishable key; safe to embed in a web page.
         * @example pk_4xQ9vT2mL7nR8sK3wJ6hY1zB5c
         */
        PublishableKey: string;
        /**
         * @description A tenant's secret key; server-to-server only. Shown once, stored hashed.
         * @example sk_9fK2mQ7xV4nB8tL1wR6yH3jD5sZpA0c
         */
        SecretKey: string;
        /**
         * @description A web origin (scheme, host and optional port; no path, no trailing slash).
         * @example https://careers.acme-jobs.example
         */
        Origin: string;
        /**
         * @description A lowercase ISO 4217 currency code.
         * @example eur
         */
        Currency: string;
        /**
         * Format: binary
         * @description Raw bytes.
         */
        BinaryFile: string;
        /** @description A text asset (e.g. a stylesheet). */
        TextAsset: string;
        /** @description An HTML document. */
        HtmlPage: string;
        /**
         * @description RFC 9457 problem details. Problem types may add members of their own (for example `current_version` on a stale-version `conflict`, `max_bytes` on `payload-too-large`, `retry_after` on `rate-limited`).
         * @example {
         *       "type": "https://resume2website.com/problems/validation-error",
         *       "title": "Validation error",
         *       "status": 422,
         *       "detail": "The request body does not satisfy the schema.",
         *       "instance": "/api/v1/auth/register",
         *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o",
         *       "errors": [
         *         {
         *           "location": "body",
         *           "pointer": "/password",
         *           "message": "must NOT have fewer than 8 characters"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description The problem type: `https://resume2website.com/problems/<slug>`.
             */
            type: string;
            /** @description A short, human-readable summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description A human-readable explanation of this occurrence. */
            detail?: string;
            /** @description The request path of this occurrence. */
            instance?: string;
            /** @description The request's id (same as the `X-Request-Id` header). */
            request_id?: string;
            /** @description Every individual failure, for `invalid-parameters` and `validation-error`. */
            errors?: components["schemas"]["ProblemFieldError"][];
        } & {
            [key: string]: unknown;
        };
        /** @description One validation failure. */
        ProblemFieldError: {
            /**
             * @description Where the failing value is.
             * @enum {string}
             */
            location: "body" | "query" | "path" | "header" | "cookie";
            /**
             * @description A JSON Pointer (RFC 6901): into the body for `body` (`""` for the body as a whole), `/<parameter name>` otherwise.
             * @example /data/hero/fullName
             */
            pointer: string;
            /** @description What is wrong with the value. */
            message: string;
        };
        /**
         * @example {
         *       "email": "lucia@lucia-fernandez.dev",
         *       "password": "correct horse battery staple",
         *       "full_name": "Lucía Fernández Ortega"
         *     }
         */
        RegisterRequest: {
            /**
             * Format: email
             * @description Compared case-insensitively; stored as given.
             */
            email: string;
            password: string;
            full_name: string;
        };
        /**
         * @description The language of the messages the account receives; set from the browser's language at sign-up (`Accept-Language`), English when none of these.
         * @enum {string}
         */
        MessageLocale: "en" | "es" | "fr" | "de";
        /**
         * @example {
         *       "email": "lucia@lucia-fernandez.dev"
         *     }
         */
        PasswordResetRequest: {
            /** Format: email */
            email: string;
        };
        /**
         * @example {
         *       "token": "3q2-7wEAAB1eVJ7bN0mGkX3cPq9sT4uV6wY8zA1bC2d",
         *       "password": "a longer passphrase nobody guesses"
         *     }
         */
        PasswordResetConfirmRequest: {
            /** @description The token from the link. */
            token: string;
            password: string;
        };
        /**
         * @example {
         *       "token": "3q2-7wEAAB1eVJ7bN0mGkX3cPq9sT4uV6wY8zA1bC2d"
         *     }
         */
        VerifyEmailRequest: {
            token: string;
        };
        /**
         * @example {
         *       "email_notifications": false
         *     }
         */
        UpdateCurrentUserRequest: {
            full_name?: string;
            locale?: components["schemas"]["MessageLocale"];
            email_notifications?: boolean;
        };
        /**
         * @example {
         *       "current_password": "correct horse battery staple",
         *       "new_password": "a longer passphrase nobody guesses"
         *     }
         */
        ChangePasswordRequest: {
            current_password: string;
            new_password: string;
        };
        /**
         * @example {
         *       "email": "lucia@lucia-fernandez.dev",
         *       "password": "correct horse battery staple"
         *     }
         */
        LoginRequest: {
            /** Format: email */
            email: string;
            password: string;
        };
        /**
         * @description A person with an account, or a guest.
         * @example {
         *       "id": "usr_up9v6etdrywi2uvwqmrrekwq9x",
         *       "email": "lucia@lucia-fernandez.dev",
         *       "full_name": "Lucía Fernández Ortega",
         *       "is_guest": false,
         *       "email_verified": false,
         *       "email_verified_at": null,
         *       "email_notifications": true,
         *       "locale": "es",
         *       "tenant_id": null,
         *       "created_at": "2025-05-04T10:15:30Z"
         *     }
         */
        User: {
            id: components["schemas"]["UserId"];
            /**
             * Format: email
             * @description `null` for guests.
             */
            email: string | null;
            full_name: string | null;
            /** @description A guest user, created by `createGuestSession`; becomes a real account when claimed. */
            is_guest: boolean;
            /** @description The address is proven to be the person's: a verification or password reset link was followed, or an OAuth provider asserted it. */
            email_verified: boolean;
            /**
             * Format: date-time
             * @description When the address was verified; `null` while it is not.
             */
            email_verified_at: string | null;
            /** @description Whether messages about the account's websites and payments are sent (security messages always are). */
            email_notifications: boolean;
            locale: components["schemas"]["MessageLocale"];
            /** @description The tenant the user signed up through; `null` for the hosted site. */
            tenant_id: components["schemas"]["TenantId"] | null;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @description A signed-in session. `session_id` is the bearer credential; keep it secret. The same value is set as the `r2w_session` cookie.
         * @example {
         *       "session_id": "Qm9vdHN0cmFwLXNlc3Npb24tdG9rZW4tZXhhbXBsZTAx",
         *       "user": {
         *         "id": "usr_up9v6etdrywi2uvwqmrrekwq9x",
         *         "email": "lucia@lucia-fernandez.dev",
         *         "full_name": "Lucía Fernández Ortega",
         *         "is_guest": false,
         *         "email_verified": false,
         *         "email_verified_at": null,
         *         "email_notifications": true,
         *         "locale": "en",
         *         "tenant_id": null,
         *         "created_at": "2025-05-04T10:15:30Z"
         *       },
         *       "expires_at": "2025-05-11T10:15:30Z"
         *     }
         */
        Session: {
            /** @description An opaque 256-bit random token (base64url). */
            session_id: string;
            user: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description When the session expires if it is not used again: `SESSION_TTL` (7 days by default) after it was issued, or after its last use (sessions slide; see Authentication).
             */
            expires_at: string;
        };
        /**
         * @example {
         *       "signed_in": false,
         *       "current": null
         *     }
         */
        SessionState: {
            /** @description Whether the request presented a valid session (a guest's included). */
            signed_in: boolean;
            /** @description The signed-in user as `getCurrentUser` answers it; `null` when signed out. */
            current: components["schemas"]["CurrentUser"] | null;
        };
        /**
         * @example {
         *       "user": {
         *         "id": "usr_up9v6etdrywi2uvwqmrrekwq9x",
         *         "email": "lucia@lucia-fernandez.dev",
         *         "full_name": "Lucía Fernández Ortega",
         *         "is_guest": false,
         *         "email_verified": false,
         *         "email_verified_at": null,
         *         "email_notifications": true,
         *         "locale": "en",
         *         "tenant_id": null,
         *         "created_at": "2025-05-04T10:15:30Z"
         *       },
         *       "expires_at": "2025-05-11T10:15:30Z",
         *       "payments_enabled": true
         *     }
         */
        CurrentUser: {
            user: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description When the presented session expires if it is not used again; each use moves it forward (sessions slide).
             */
            expires_at: string;
            /** @description Whether publishing requires payment for this user. */
            payments_enabled: boolean;
        };
        /**
         * @description How a tenant's pages and widget look. Every member may be `null` (server default).
         * @example {
         *       "display_name": "Acme Jobs",
         *       "logo_url": "https://careers.acme-jobs.example/logo.svg",
         *       "primary_color": "#1a4d8f",
         *       "accent_color": "#f5a623"
         *     }
         */
        Branding: {
            display_name: string | null;
            /**
             * Format: uri
             * @description An absolute https URL of the logo.
             */
            logo_url: string | null;
            primary_color: string | null;
            accent_color: string | null;
        };
        /** @description Branding as written by the Admin API; omitted members are `null`. */
        BrandingInput: {
            display_name?: string | null;
            /** Format: uri */
            logo_url?: string | null;
            primary_color?: string | null;
            accent_color?: string | null;
        };
        /**
         * @example {
         *       "amount": 900,
         *       "currency": "eur"
         *     }
         */
        Price: {
            /** @description In the currency's minor units (cents). */
            amount: number;
            currency: components["schemas"]["Currency"];
        };
        /**
         * @example {
         *       "tenant": {
         *         "id": "ten_fg2d5xmy7pomcfei8obaziscli",
         *         "name": "Acme Jobs",
         *         "branding": {
         *           "display_name": "Acme Jobs",
         *           "logo_url": "https://careers.acme-jobs.example/logo.svg",
         *           "primary_color": "#1a4d8f",
         *           "accent_color": "#f5a623"
         *         }
         *       },
         *       "payments_enabled": true,
         *       "stripe_publishable_key": "pk_test_51Nv0exampleexampleexample",
         *       "price": {
         *         "amount": 900,
         *         "currency": "eur"
         *       },
         *       "oauth_providers": [
         *         "google",
         *         "linkedin"
         *       ],
         *       "max_upload_bytes": 10485760,
         *       "accepted_file_types": [
         *         "application/pdf",
         *         ".pdf",
         *         "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         *         ".docx",
         *         "application/msword",
         *         ".doc",
         *         "text/plain",
         *         ".txt",
         *         "text/markdown",
         *         ".md",
         *         "image/png",
         *         ".png",
         *         "image/jpeg",
         *         ".jpg",
         *         ".jpeg",
         *         "image/webp",
         *         ".webp",
         *         "application/json",
         *         ".json"
         *       ]
         *     }
         */
        ClientConfig: {
            /** @description The tenant of the publishable key; `null` without one. */
            tenant: components["schemas"]["PublicTenant"] | null;
            /** @description Whether publishing requires payment. */
            payments_enabled: boolean;
            /** @description Stripe's publishable key (`pk_live_…`/`pk_test_…`); `null` when payments are off. */
            stripe_publishable_key: string | null;
            /** @description The price of publishing one portfolio; `null` when payments are off. */
            price: components["schemas"]["Price"] | null;
            /** @description The OAuth providers configured on this server. */
            oauth_providers: components["schemas"]["OAuthProvider"][];
            /** @description The upload size cap. */
            max_upload_bytes: number;
            /** @description MIME types and file extensions accepted by `uploadCv`, ready for an `<input accept>` attribute. */
            accepted_file_types: string[];
        };
        /** @description What a client may know about a tenant. */
        PublicTenant: {
            id: components["schemas"]["TenantId"];
            name: string;
            branding: components["schemas"]["Branding"];
        };
        CvUpload: {
            /**
             * Format: binary
             * @description The CV file: PDF, DOCX, DOC, TXT, Markdown, PNG, JPEG, WEBP or a JSON Resume JSON document; at most `max_upload_bytes` (10 MB by default). Its name is kept as `original_filename`.
             */
            file: string;
        };
        /**
         * @description `queued` → `running` → `succeeded` | `failed`. A cached result is `succeeded` at once.
         * @enum {string}
         */
        ExtractionStatus: "queued" | "running" | "succeeded" | "failed";
        /** @description The latest extraction of a CV. */
        ExtractionSummary: {
            id: components["schemas"]["ExtractionId"];
            status: components["schemas"]["ExtractionStatus"];
        };
        /**
         * @description An uploaded CV file and the state of its document.
         * @example {
         *       "id": "cv_6aiwbezhvwcyt8ch6xmt5r88ga",
         *       "original_filename": "lucia-fernandez-cv.pdf",
         *       "content_type": "application/pdf",
         *       "size_bytes": 184320,
         *       "sha256": "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d",
         *       "created_at": "2025-05-04T10:16:02Z",
         *       "updated_at": "2025-05-04T10:16:02Z",
         *       "extraction": {
         *         "id": "ext_yin5upp8vazmc4c3dp3s5vvcug",
         *         "status": "queued"
         *       },
         *       "has_data": false
         *     }
         */
        Cv: {
            id: components["schemas"]["CvId"];
            /** @description The uploaded file's name, sanitized (no path). */
            original_filename: string;
            /** @description The type detected from the file's bytes (not the one the client declared). */
            content_type: string;
            size_bytes: number;
            /** @description Hex SHA-256 of the original bytes. */
            sha256: string;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description Last change to the CV, its document or its latest extraction.
             */
            updated_at: string;
            /** @description The latest extraction; `null` when none was ever started. */
            extraction: components["schemas"]["ExtractionSummary"] | null;
            /** @description Whether a document exists (`getCvData` answers 200). */
            has_data: boolean;
        };
        CvList: {
            items: components["schemas"]["Cv"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /**
         * @description Who wrote this version: `extraction` (an extraction run), `user` (`updateCvData`) or `import` (a JSON Resume file converted without a model).
         * @enum {string}
         */
        CvSource: "extraction" | "user" | "import";
        /**
         * @description A version of a CV's structured document.
         * @example {
         *       "cv_id": "cv_6aiwbezhvwcyt8ch6xmt5r88ga",
         *       "version": 3,
         *       "source": "user",
         *       "extraction_id": null,
         *       "updated_at": "2025-05-04T10:24:41Z",
         *       "data": {
         *         "hero": {
         *           "fullName": "Lucía Fernández Ortega",
         *           "professionalTitle": "Senior Backend Engineer",
         *           "summaryTagline": null,
         *           "profilePhotoUrl": null
         *         },
         *         "contact": {
         *           "email": "lucia@lucia-fernandez.dev",
         *           "phone": "+34 612 345 678",
         *           "location": {
         *             "city": "Madrid",
         *             "state": null,
         *             "country": "Spain"
         *           },
         *           "professionalLinks": [
         *             {
         *               "platform": "GitHub",
         *               "url": "https://github.com/lfortega"
         *             }
         *           ]
         *         },
         *         "meta": {
         *           "schemaVersion": "1.0",
         *           "language": "en",
         *           "extractor": "claude",
         *           "model": "claude-sonnet-4-5",
         *           "sourceSha256": "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d"
         *         }
         *       }
         *     }
         */
        CvDocument: {
            cv_id: components["schemas"]["CvId"];
            /** @description Increases by one with every write; pass it as `base_version` when updating. */
            version: number;
            source: components["schemas"]["CvSource"];
            /** @description The extraction that wrote this version; `null` for `user` and `import` versions. */
            extraction_id: components["schemas"]["ExtractionId"] | null;
            /**
             * Format: date-time
             * @description When this version was written.
             */
            updated_at: string;
            data: components["schemas"]["CvData"];
        };
        /**
         * @description A whole new document for `updateCvData`.
         * @example {
         *       "base_version": 2,
         *       "data": {
         *         "hero": {
         *           "fullName": "Lucía Fernández Ortega",
         *           "professionalTitle": "Senior Backend Engineer"
         *         }
         *       }
         *     }
         */
        CvDataUpdate: {
            data: components["schemas"]["CvData"];
            /** @description The version these edits are based on; when the current version differs, nothing is written and the answer is `409 conflict`. */
            base_version?: number;
        };
        /**
         * @description A change to the document for `patchCvData`: `data` is an RFC 7396 merge patch of `CvData` (members to change, `null` to remove one); the patched document must be a valid `CvData`.
         * @example {
         *       "base_version": 2,
         *       "data": {
         *         "hero": {
         *           "professionalTitle": "Staff Backend Engineer"
         *         },
         *         "contact": {
         *           "phone": null
         *         }
         *       }
         *     }
         */
        CvDataPatch: {
            /** @description The merge patch. Objects merge recursively, `null` removes a member, anything else (arrays included) replaces the current value. */
            data: Record<string, never>;
            /** @description The version these edits are based on; when the current version differs, nothing is written and the answer is `409 conflict`. */
            base_version?: number;
        };
        /**
         * @description A [JSON Resume](https://jsonresume.org/schema) 1.x document, loosely typed here (see the
         *     JSON Resume schema for the members' shapes). Produced by `getCvData?format=jsonresume`.
         *     CvData sections JSON Resume has no place for (`achievements`, `courses`, `speaking`,
         *     `patents`, `memberships`, `testimonials`) plus `unclassifiedText` and `meta` are carried,
         *     in CvData shape, in the `x-resume2website` extension member, so converting back loses
         *     nothing.
         * @example {
         *       "basics": {
         *         "name": "Lucía Fernández Ortega",
         *         "label": "Senior Backend Engineer",
         *         "email": "lucia@lucia-fernandez.dev",
         *         "location": {
         *           "city": "Madrid",
         *           "countryCode": "ES"
         *         },
         *         "profiles": [
         *           {
         *             "network": "GitHub",
         *             "url": "https://github.com/lfortega"
         *           }
         *         ]
         *       },
         *       "work": [
         *         {
         *           "name": "Cobralia Pagos S.L.",
         *           "position": "Senior Backend Engineer",
         *           "startDate": "2021-03",
         *           "highlights": [
         *             "Led the redesign of the card-authorisation service."
         *           ]
         *         }
         *       ],
         *       "x-resume2website": {
         *         "speaking": {
         *           "sectionTitle": "Talks",
         *           "speakingEngagements": [
         *             {
         *               "title": "Exactly-once is a lie, idempotency is not",
         *               "eventName": "Commit Conf 2023",
         *               "date": "2023-11-10"
         *             }
         *           ]
         *         }
         *       }
         *     }
         */
        JsonResume: {
            $schema?: string;
            basics?: {
                [key: string]: unknown;
            };
            work?: {
                [key: string]: unknown;
            }[];
            volunteer?: {
                [key: string]: unknown;
            }[];
            education?: {
                [key: string]: unknown;
            }[];
            awards?: {
                [key: string]: unknown;
            }[];
            certificates?: {
                [key: string]: unknown;
            }[];
            publications?: {
                [key: string]: unknown;
            }[];
            skills?: {
                [key: string]: unknown;
            }[];
            languages?: {
                [key: string]: unknown;
            }[];
            interests?: {
                [key: string]: unknown;
            }[];
            references?: {
                [key: string]: unknown;
            }[];
            projects?: {
                [key: string]: unknown;
            }[];
            meta?: {
                [key: string]: unknown;
            };
            /** @description The CvData members JSON Resume cannot hold, in CvData shape. */
            "x-resume2website"?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "force": true
         *     }
         */
        CreateExtractionRequest: {
            /**
             * @description Bypass the extraction cache and run the extractor again.
             * @default false
             */
            force: boolean;
        };
        /**
         * @description One run of turning a CV file into its document.
         * @example {
         *       "id": "ext_yin5upp8vazmc4c3dp3s5vvcug",
         *       "cv_id": "cv_6aiwbezhvwcyt8ch6xmt5r88ga",
         *       "status": "succeeded",
         *       "stage": null,
         *       "cached": false,
         *       "extractor": "claude",
         *       "model": "claude-sonnet-4-5",
         *       "error": null,
         *       "duration_ms": 38412,
         *       "usage": {
         *         "input_tokens": 18342,
         *         "output_tokens": 4210,
         *         "cache_read_input_tokens": 3100,
         *         "cache_creation_input_tokens": 0,
         *         "cost_usd": 0.1196
         *       },
         *       "signals": {
         *         "layout": "two-column",
         *         "section_confidence": {
         *           "hero": 0.99,
         *           "contact": 0.98,
         *           "experience": 0.96,
         *           "education": 0.95
         *         },
         *         "unclassified_chars": 34,
         *         "flagged_values": [
         *           {
         *             "pointer": "/summary/yearsOfExperience",
         *             "value": 11,
         *             "reason": "Computed from the dates rather than stated in the CV."
         *           }
         *         ]
         *       },
         *       "created_at": "2025-05-04T10:16:02Z",
         *       "started_at": "2025-05-04T10:16:03Z",
         *       "finished_at": "2025-05-04T10:16:41Z"
         *     }
         */
        Extraction: {
            id: components["schemas"]["ExtractionId"];
            cv_id: components["schemas"]["CvId"];
            status: components["schemas"]["ExtractionStatus"];
            /**
             * @description While `running`: `reading` (parsing the file), `extracting` (the extractor is at work), `validating` (checking and storing the result). `null` otherwise.
             * @example extracting
             */
            stage: string | null;
            /** @description The result was reused from an earlier identical run (same file, extractor, model, prompt version). */
            cached: boolean;
            /**
             * @description Which extractor ran: `claude`, `heuristic` (offline, or the fallback while the model's circuit is open) or `jsonresume` (import). `null` until known.
             * @example claude
             */
            extractor: string | null;
            /**
             * @description The model used, when the extractor uses one.
             * @example claude-sonnet-4-5
             */
            model: string | null;
            /** @description Why the extraction failed; `null` unless `status` is `failed`. */
            error: components["schemas"]["ExtractionError"] | null;
            /** @description Wall time from start to finish; `null` until finished. */
            duration_ms: number | null;
            /** @description Model tokens and cost; `null` for extractors without a model and for cached results. */
            usage: components["schemas"]["ExtractionUsage"] | null;
            /** @description Quality signals about the result; `null` until succeeded. */
            signals: components["schemas"]["ExtractionSignals"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        ExtractionError: {
            /**
             * @description Stable code: `not-a-cv`, `unprocessable-file`, `timeout` (the 120 s budget ran out), `extractor-unavailable` (the model is down and no fallback applies), `spend-limit` (the model account's spending limit), `invalid-output` (the result failed validation), `internal-error`.
             * @example not-a-cv
             */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
        };
        ExtractionUsage: {
            input_tokens: number;
            output_tokens: number;
            cache_read_input_tokens: number;
            cache_creation_input_tokens: number;
            /** @description Estimated cost in US dollars. */
            cost_usd: number;
        };
        ExtractionSignals: {
            /** @description The detected layout, e.g. `single-column`, `two-column`, `table`, `scanned`. */
            layout: string | null;
            /** @description Confidence (0–1) per CvData section key that was found. */
            section_confidence: {
                [key: string]: number;
            };
            /** @description Length of `unclassifiedText`. */
            unclassified_chars: number;
            /** @description Values the person should double-check. */
            flagged_values: components["schemas"]["FlaggedValue"][];
        };
        FlaggedValue: {
            /** @description JSON Pointer into `CvData`. */
            pointer: string;
            /** @description The flagged value. */
            value: string | number | boolean | null;
            reason: string;
        };
        Theme: {
            id: components["schemas"]["ThemeId"];
            name: string;
            description: string;
            /**
             * Format: uri
             * @description A 600×400 PNG of the theme rendering a sample CV, for a theme picker (`getThemeThumbnail`). Absolute, on this server's public address (`BACKEND_URL`).
             * @example https://api.resume2website.com/api/v1/themes/classic/thumbnail.png
             */
            thumbnail_url: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "classic",
         *           "name": "Classic",
         *           "description": "A calm single-column layout with a serif headline.",
         *           "thumbnail_url": "https://api.resume2website.com/api/v1/themes/classic/thumbnail.png"
         *         },
         *         {
         *           "id": "modern",
         *           "name": "Modern",
         *           "description": "Bold type, a sidebar for contact and skills.",
         *           "thumbnail_url": "https://api.resume2website.com/api/v1/themes/modern/thumbnail.png"
         *         }
         *       ]
         *     }
         */
        ThemeList: {
            items: components["schemas"]["Theme"][];
        };
        /**
         * @description `draft` (never published or taken offline) → `publishing` → `published` | `failed`; `published` | `failed` → `unpublishing` → `draft`.
         * @enum {string}
         */
        PortfolioStatus: "draft" | "publishing" | "published" | "unpublishing" | "failed";
        /**
         * @description One CV rendered with one theme at one slug.
         * @example {
         *       "id": "pf_r4agxc33434fo9941y3eyqh4xl",
         *       "cv_id": "cv_6aiwbezhvwcyt8ch6xmt5r88ga",
         *       "theme": "classic",
         *       "slug": "lucia-fernandez",
         *       "status": "published",
         *       "preview_url": "http://localhost:2000/previews/kq3Jx9_VbT1mZr8wY2nL5pC7dH0sF4gA/",
         *       "preview_expires_at": "2025-05-05T10:25:10Z",
         *       "published_url": "http://localhost:2000/sites/lucia-fernandez/",
         *       "published_at": "2025-05-04T10:31:55Z",
         *       "paid": true,
         *       "created_at": "2025-05-04T10:25:10Z",
         *       "updated_at": "2025-05-04T10:31:55Z"
         *     }
         */
        Portfolio: {
            id: components["schemas"]["PortfolioId"];
            cv_id: components["schemas"]["CvId"];
            theme: components["schemas"]["ThemeId"];
            slug: components["schemas"]["Slug"];
            status: components["schemas"]["PortfolioStatus"];
            /**
             * Format: uri
             * @description The unguessable, `noindex` preview address (`…/previews/{token}/`).
             */
            preview_url: string | null;
            /** Format: date-time */
            preview_expires_at: string | null;
            /**
             * Format: uri
             * @description The public site's address while published; `null` otherwise.
             */
            published_url: string | null;
            /**
             * Format: date-time
             * @description When the current published version went live.
             */
            published_at: string | null;
            /** @description A payment for this portfolio has been recorded (always `false` when payments are off). */
            paid: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PortfolioList: {
            items: components["schemas"]["Portfolio"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "cv_id": "cv_6aiwbezhvwcyt8ch6xmt5r88ga",
         *       "theme": "classic",
         *       "slug": "lucia-fernandez"
         *     }
         */
        CreatePortfolioRequest: {
            cv_id: components["schemas"]["CvId"];
            theme: components["schemas"]["ThemeId"];
            slug?: components["schemas"]["Slug"];
        };
        /**
         * @example {
         *       "theme": "modern"
         *     }
         */
        UpdatePortfolioRequest: {
            theme?: components["schemas"]["ThemeId"];
            slug?: components["schemas"]["Slug"];
        };
        /** @description A portfolio as the Tenant API shows it, with its owner. */
        TenantPortfolio: components["schemas"]["Portfolio"] & {
            user_id: components["schemas"]["UserId"];
        };
        TenantPortfolioList: {
            items: components["schemas"]["TenantPortfolio"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "checkout_session_id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
         *       "client_secret": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ_secret_Xy9Zw8Vu7Ts6",
         *       "publishable_key": "pk_test_51Nv0exampleexampleexample"
         *     }
         */
        CheckoutSessionCreated: {
            checkout_session_id: components["schemas"]["CheckoutSessionId"];
            /** @description Pass to Stripe.js `initEmbeddedCheckout({ clientSecret })`. */
            client_secret: string;
            /** @description Stripe's publishable key to load Stripe.js with. */
            publishable_key: string;
        };
        /**
         * @example {
         *       "checkout_session_id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
         *       "status": "complete",
         *       "payment_status": "paid",
         *       "portfolio_paid": true
         *     }
         */
        CheckoutSessionState: {
            checkout_session_id: components["schemas"]["CheckoutSessionId"];
            /** @enum {string} */
            status: "open" | "complete" | "expired";
            /** @enum {string} */
            payment_status: "paid" | "unpaid" | "no_payment_required";
            /** @description Whether the webhook has recorded the payment for the portfolio. */
            portfolio_paid: boolean;
        };
        /** @enum {string} */
        PaymentStatus: "pending" | "paid" | "failed" | "expired" | "refunded";
        /**
         * @description One checkout attempt for a portfolio and its outcome.
         * @example {
         *       "id": "pay_emu4vcuuuam73k1ymcatmqjm3a",
         *       "portfolio_id": "pf_r4agxc33434fo9941y3eyqh4xl",
         *       "amount": 900,
         *       "currency": "eur",
         *       "status": "paid",
         *       "stripe_checkout_session_id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
         *       "stripe_payment_intent_id": "pi_3PqRsTuVwXyZ0a1B2c3D4e5F",
         *       "created_at": "2025-05-04T10:28:40Z",
         *       "updated_at": "2025-05-04T10:31:52Z"
         *     }
         */
        Payment: {
            id: components["schemas"]["PaymentId"];
            portfolio_id: components["schemas"]["PortfolioId"];
            /** @description In the currency's minor units. */
            amount: number;
            currency: components["schemas"]["Currency"];
            status: components["schemas"]["PaymentStatus"];
            stripe_checkout_session_id: components["schemas"]["CheckoutSessionId"];
            /** @description Known once the customer has paid. */
            stripe_payment_intent_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PaymentList: {
            items: components["schemas"]["Payment"][];
        };
        /**
         * @description A Stripe event object, verified and interpreted by the server.
         * @example {
         *       "id": "evt_1PqRsTuVwXyZ0a1B2c3D4e5F",
         *       "object": "event",
         *       "type": "checkout.session.completed",
         *       "data": {
         *         "object": {
         *           "id": "cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ",
         *           "object": "checkout.session",
         *           "payment_status": "paid"
         *         }
         *       }
         *     }
         */
        StripeEvent: {
            id?: string;
            type?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "received": true
         *     }
         */
        WebhookAck: {
            /** @enum {boolean} */
            received: true;
        };
        /**
         * @description A career site that embeds the widget.
         * @example {
         *       "id": "ten_fg2d5xmy7pomcfei8obaziscli",
         *       "name": "Acme Jobs",
         *       "publishable_key": "pk_4xQ9vT2mL7nR8sK3wJ6hY1zB5c",
         *       "allowed_origins": [
         *         "https://careers.acme-jobs.example",
         *         "http://localhost:5173"
         *       ],
         *       "branding": {
         *         "display_name": "Acme Jobs",
         *         "logo_url": "https://careers.acme-jobs.example/logo.svg",
         *         "primary_color": "#1a4d8f",
         *         "accent_color": "#f5a623"
         *       },
         *       "stripe_price_id": "price_1PqRsTuVwXyZ0a1B2c3D4e5F",
         *       "require_email_verification": false,
         *       "created_at": "2025-05-01T09:00:00Z",
         *       "updated_at": "2025-05-01T09:00:00Z"
         *     }
         */
        Tenant: {
            id: components["schemas"]["TenantId"];
            name: string;
            publishable_key: components["schemas"]["PublishableKey"];
            /** @description Origins allowed to use the publishable key (CORS and origin checks). */
            allowed_origins: components["schemas"]["Origin"][];
            branding: components["schemas"]["Branding"];
            /** @description The Stripe Price used for this tenant's users; `null` for the server default. */
            stripe_price_id: string | null;
            /** @description The tenant's users must verify their address before publishing or paying (`403 email-not-verified` until then). Off by default. */
            require_email_verification: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * @description A tenant with its secret key, which is shown only in this response.
         * @example {
         *       "id": "ten_fg2d5xmy7pomcfei8obaziscli",
         *       "name": "Acme Jobs",
         *       "publishable_key": "pk_4xQ9vT2mL7nR8sK3wJ6hY1zB5c",
         *       "allowed_origins": [
         *         "https://careers.acme-jobs.example"
         *       ],
         *       "branding": {
         *         "display_name": "Acme Jobs",
         *         "logo_url": null,
         *         "primary_color": "#1a4d8f",
         *         "accent_color": null
         *       },
         *       "stripe_price_id": null,
         *       "require_email_verification": false,
         *       "created_at": "2025-05-01T09:00:00Z",
         *       "updated_at": "2025-05-01T09:00:00Z",
         *       "secret_key": "sk_9fK2mQ7xV4nB8tL1wR6yH3jD5sZpA0c"
         *     }
         */
        TenantWithSecret: components["schemas"]["Tenant"] & {
            secret_key: components["schemas"]["SecretKey"];
        };
        TenantList: {
            items: components["schemas"]["Tenant"][];
            /** @description Pass as `cursor` for the next page; `null` on the last page. */
            next_cursor: string | null;
        };
        /**
         * @example {
         *       "name": "Acme Jobs",
         *       "allowed_origins": [
         *         "https://careers.acme-jobs.example"
         *       ],
         *       "branding": {
         *         "display_name": "Acme Jobs",
         *         "primary_color": "#1a4d8f"
         *       }
         *     }
         */
        CreateTenantRequest: {
            name: string;
            allowed_origins: components["schemas"]["Origin"][];
            branding?: components["schemas"]["BrandingInput"];
            /** @description A Stripe Price id; omitted or `null` for the server's default price. */
            stripe_price_id?: string | null;
            /** @description Users must verify their address before publishing or paying (default `false`). */
            require_email_verification?: boolean;
        };
        /**
         * @example {
         *       "allowed_origins": [
         *         "https://careers.acme-jobs.example",
         *         "https://jobs.acme.example"
         *       ]
         *     }
         */
        UpdateTenantRequest: {
            name?: string;
            allowed_origins?: components["schemas"]["Origin"][];
            branding?: components["schemas"]["BrandingInput"];
            stripe_price_id?: string | null;
            /** @description Users must verify their address before publishing or paying (default `false`). */
            require_email_verification?: boolean;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": {
         *           "status": "up",
         *           "latency_ms": 1.8,
         *           "error": null
         *         },
         *         "blob_store": {
         *           "status": "up",
         *           "latency_ms": 0.4,
         *           "error": null
         *         }
         *       }
         *     }
         */
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /** @description One entry per configured backend (e.g. `database`, `redis`, `blob_store`, `queue`). */
            checks: {
                [key: string]: components["schemas"]["ReadinessCheck"];
            };
        };
        ReadinessCheck: {
            /** @enum {string} */
            status: "up" | "down";
            latency_ms: number;
            /** @description Why the backend is down; `null` when up. */
            error: string | null;
        };
        /** @description Text exactly as the CV states it, in the CV's language. At most 2,000 characters. */
        CvText: string | null;
        /** @description A list of texts as the CV states them (at most 100). */
        CvTextList: components["schemas"]["CvText"][] | null;
        /**
         * @description An absolute `http(s)` or `mailto:` URL. Anything else (`javascript:`, `data:`, relative URLs) is refused by `updateCvData` and dropped by extraction.
         * @example https://github.com/lfortega
         */
        CvUrl: string | null;
        /**
         * @description An ISO 8601 partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, only as precise as the CV is. Templates format it for display in the CV's language.
         * @example 2021-03
         */
        CvDate: string | null;
        /** @description A place, as precise as the CV states it; `address` is the street address (lines separated by `\n`). */
        Location: {
            city?: components["schemas"]["CvText"];
            state?: components["schemas"]["CvText"];
            country?: components["schemas"]["CvText"];
            address?: components["schemas"]["CvText"];
            postalCode?: components["schemas"]["CvText"];
        } | null;
        /** @description A period. An ongoing item has `endDate: null` and `isCurrent: true` (the CV said "present", "actualidad", …). */
        DateRange: {
            startDate?: components["schemas"]["CvDate"];
            endDate?: components["schemas"]["CvDate"];
            isCurrent?: boolean | null;
        } | null;
        /** @description A profile or personal site, with the user name on that platform if the CV gives it. */
        ProfessionalLink: {
            platform?: components["schemas"]["CvText"];
            url?: components["schemas"]["CvUrl"];
            username?: components["schemas"]["CvText"];
        } | null;
        /** @description About the document rather than the person. */
        CvMeta: {
            /** @description The version of this document schema the document was written against. */
            schemaVersion?: string | null;
            /** @description BCP 47 tag of the CV's language (e.g. `es`, `pt-BR`). */
            language?: string | null;
            extractor?: components["schemas"]["CvText"];
            model?: components["schemas"]["CvText"];
            /** @description Hex SHA-256 of the original file the document was extracted from. */
            sourceSha256?: string | null;
        } | null;
        /**
         * @description The structured form of a CV in 18 sections: what extraction produces, people edit and
         *     templates render. The section keys and field names are fixed (existing CV JSON of the
         *     original system round-trips through them); new fields are only ever added as optional ones.
         *
         *     Rules for every field:
         *     - Every field is optional and nullable; an absent or `null` section means "not in this CV".
         *       Unknown members are refused.
         *     - **Nothing is invented**: a value appears only if the CV states it.
         *     - Text keeps the CV's own language and wording (a Spanish CV yields Spanish titles and
         *       bullets); `sectionTitle` keeps the heading as the CV wrote it ("Experiencia").
         *     - Dates are ISO 8601 partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); an ongoing item has
         *       `endDate: null` and `isCurrent: true`.
         *     - URLs are absolute `http(s)` or `mailto:`.
         *     - Strings are at most 2,000 characters (`unclassifiedText` 50,000), lists at most 100 items.
         *     - `null` entries in lists are ignored when rendering.
         *
         *     Besides the sections: `unclassifiedText` keeps CV text that fits no section (never silently
         *     dropped) and `meta` describes the document.
         * @example {
         *       "hero": {
         *         "fullName": "Lucía Fernández Ortega",
         *         "professionalTitle": "Senior Backend Engineer",
         *         "summaryTagline": "Payment systems that stay up at 3 a.m.",
         *         "profilePhotoUrl": "https://lucia-fernandez.dev/img/lucia.jpg"
         *       },
         *       "contact": {
         *         "email": "lucia@lucia-fernandez.dev",
         *         "phone": "+34 612 345 678",
         *         "location": {
         *           "city": "Madrid",
         *           "state": "Comunidad de Madrid",
         *           "country": "Spain"
         *         },
         *         "professionalLinks": [
         *           {
         *             "platform": "LinkedIn",
         *             "url": "https://www.linkedin.com/in/lucia-fernandez-ortega"
         *           },
         *           {
         *             "platform": "GitHub",
         *             "url": "https://github.com/lfortega"
         *           }
         *         ],
         *         "availability": "Available from September 2025",
         *         "workAuthorization": "EU citizen"
         *       },
         *       "summary": {
         *         "sectionTitle": "Profile",
         *         "summaryText": "Backend engineer with 11 years of experience building payment and ledger systems in Go and TypeScript. I care about correctness under failure, observability and mentoring.",
         *         "yearsOfExperience": 11,
         *         "keySpecializations": [
         *           "Payments",
         *           "Distributed systems",
         *           "PostgreSQL performance"
         *         ]
         *       },
         *       "experience": {
         *         "sectionTitle": "Experience",
         *         "experienceItems": [
         *           {
         *             "jobTitle": "Senior Backend Engineer",
         *             "companyName": "Cobralia Pagos S.L.",
         *             "location": {
         *               "city": "Madrid",
         *               "state": null,
         *               "country": "Spain"
         *             },
         *             "dateRange": {
         *               "startDate": "2021-03",
         *               "endDate": null,
         *               "isCurrent": true
         *             },
         *             "responsibilitiesAndAchievements": [
         *               "Led the redesign of the card-authorisation service, cutting p99 latency from 420 ms to 95 ms.",
         *               "Introduced idempotency keys across 14 payment endpoints, eliminating duplicate charges."
         *             ],
         *             "technologiesUsed": [
         *               "Go",
         *               "PostgreSQL",
         *               "Kafka",
         *               "Kubernetes"
         *             ],
         *             "employmentType": "Full-time",
         *             "remoteWork": "Hybrid",
         *             "companyUrl": "https://cobralia.example",
         *             "companyDescription": "Card payments for small online shops in Spain and Portugal."
         *           },
         *           {
         *             "jobTitle": "Software Engineer",
         *             "companyName": "Viajes Atlántico",
         *             "location": {
         *               "city": "Valencia",
         *               "state": null,
         *               "country": "Spain"
         *             },
         *             "dateRange": {
         *               "startDate": "2016-09",
         *               "endDate": "2021-02",
         *               "isCurrent": false
         *             },
         *             "responsibilitiesAndAchievements": [
         *               "Built the booking API used by 300 partner travel agencies."
         *             ],
         *             "technologiesUsed": [
         *               "TypeScript",
         *               "Node.js",
         *               "MySQL"
         *             ],
         *             "employmentType": "Full-time",
         *             "remoteWork": null
         *           }
         *         ]
         *       },
         *       "education": {
         *         "sectionTitle": "Education",
         *         "educationItems": [
         *           {
         *             "institution": "Universitat Politècnica de València",
         *             "degree": "MSc",
         *             "fieldOfStudy": "Computer Engineering",
         *             "location": {
         *               "city": "Valencia",
         *               "state": null,
         *               "country": "Spain"
         *             },
         *             "dateRange": {
         *               "startDate": "2014",
         *               "endDate": "2016",
         *               "isCurrent": false
         *             },
         *             "gpa": "8.7/10",
         *             "honors": [
         *               "Matrícula de Honor in Distributed Systems"
         *             ],
         *             "relevantCoursework": [
         *               "Distributed Systems",
         *               "Applied Cryptography"
         *             ],
         *             "description": "Thesis on consensus protocols for payment ledgers."
         *           }
         *         ]
         *       },
         *       "skills": {
         *         "sectionTitle": "Skills",
         *         "skillCategories": [
         *           {
         *             "categoryName": "Languages",
         *             "skills": [
         *               "Go",
         *               "TypeScript",
         *               "SQL"
         *             ],
         *             "level": "Expert"
         *           },
         *           {
         *             "categoryName": "Infrastructure",
         *             "skills": [
         *               "Kubernetes",
         *               "Terraform",
         *               "AWS"
         *             ]
         *           }
         *         ],
         *         "ungroupedSkills": [
         *           "Technical writing",
         *           "Mentoring"
         *         ]
         *       },
         *       "projects": {
         *         "sectionTitle": "Open source",
         *         "projectItems": [
         *           {
         *             "title": "pgledger",
         *             "role": "Author and maintainer",
         *             "description": "A double-entry ledger extension for PostgreSQL.",
         *             "projectUrl": "https://github.com/lfortega/pgledger",
         *             "technologiesUsed": [
         *               "C",
         *               "PostgreSQL"
         *             ],
         *             "highlights": [
         *               "1,200 stars on GitHub",
         *               "Used in production by two payment start-ups"
         *             ],
         *             "projectType": "Open-source library",
         *             "dateRange": {
         *               "startDate": "2019-05",
         *               "endDate": null,
         *               "isCurrent": true
         *             }
         *           }
         *         ]
         *       },
         *       "achievements": {
         *         "sectionTitle": "Key achievements",
         *         "achievements": [
         *           {
         *             "label": "Payment volume processed",
         *             "value": "€2.4B per year",
         *             "contextOrDetail": "Through the authorisation service I redesigned at Cobralia.",
         *             "timeframe": "2023"
         *           }
         *         ]
         *       },
         *       "certifications": {
         *         "sectionTitle": "Certifications",
         *         "certificationItems": [
         *           {
         *             "title": "Certified Kubernetes Administrator (CKA)",
         *             "issuingOrganization": "The Linux Foundation",
         *             "issueDate": "2022-06",
         *             "expirationDate": "2025-06",
         *             "credentialId": "LF-7k2m9q4x1z",
         *             "verificationUrl": "https://training.linuxfoundation.org/certification/verify/"
         *           }
         *         ]
         *       },
         *       "languages": {
         *         "sectionTitle": "Languages",
         *         "languageItems": [
         *           {
         *             "language": "Spanish",
         *             "proficiency": "Native",
         *             "certification": null
         *           },
         *           {
         *             "language": "English",
         *             "proficiency": "C1",
         *             "certification": "Cambridge C1 Advanced"
         *           }
         *         ]
         *       },
         *       "courses": {
         *         "sectionTitle": "Courses",
         *         "courseItems": [
         *           {
         *             "title": "Designing Data-Intensive Applications workshop",
         *             "institution": "O'Reilly Learning",
         *             "year": "2020",
         *             "dateRange": null,
         *             "certificateUrl": "https://learning.oreilly.example/certificates/ddia-7k2m9q",
         *             "description": "Three days on replication, partitioning and stream processing."
         *           }
         *         ]
         *       },
         *       "volunteer": {
         *         "sectionTitle": "Volunteering",
         *         "volunteerItems": [
         *           {
         *             "role": "Mentor",
         *             "organization": "Django Girls Madrid",
         *             "location": {
         *               "city": "Madrid",
         *               "state": null,
         *               "country": "Spain"
         *             },
         *             "dateRange": {
         *               "startDate": "2018",
         *               "endDate": null,
         *               "isCurrent": true
         *             },
         *             "description": "Coaching first-time programmers at weekend workshops.",
         *             "responsibilities": [
         *               "Mentored more than 40 participants",
         *               "Reviewed the Spanish translation of the tutorial"
         *             ]
         *           }
         *         ]
         *       },
         *       "publications": {
         *         "sectionTitle": "Publications",
         *         "publications": [
         *           {
         *             "title": "Idempotency at scale in card payments",
         *             "authors": [
         *               "Lucía Fernández Ortega",
         *               "Marc Puig"
         *             ],
         *             "publicationType": "Conference paper",
         *             "journalName": null,
         *             "conferenceName": "Euro-Par 2022",
         *             "publicationDate": "2022-08-24",
         *             "doi": "10.5555/r2w.example.2022.17",
         *             "publicationUrl": "https://papers.example.org/idempotency-at-scale.pdf",
         *             "description": "How idempotency keys remove duplicate charges without distributed transactions."
         *           }
         *         ]
         *       },
         *       "speaking": {
         *         "sectionTitle": "Talks",
         *         "speakingEngagements": [
         *           {
         *             "title": "Exactly-once is a lie, idempotency is not",
         *             "eventName": "Commit Conf 2023",
         *             "date": "2023-11-10",
         *             "venue": "Madrid, Spain",
         *             "role": "Speaker",
         *             "eventUrl": "https://commitconf.example/2023/talks/idempotency",
         *             "description": "A 40-minute talk on retry-safe payment APIs."
         *           }
         *         ]
         *       },
         *       "patents": {
         *         "sectionTitle": "Patents",
         *         "patents": [
         *           {
         *             "title": "Method for deduplicating card authorisation requests",
         *             "patentNumber": "ES 2 987 654 B1",
         *             "status": "Granted",
         *             "filingDate": "2021-04-12",
         *             "issueDate": "2023-01-30",
         *             "inventors": [
         *               "Lucía Fernández Ortega",
         *               "Javier Ruiz"
         *             ],
         *             "patentUrl": "https://patents.example.org/ES2987654B1",
         *             "description": "Detects repeated authorisation requests across data centres."
         *           }
         *         ]
         *       },
         *       "memberships": {
         *         "sectionTitle": "Memberships",
         *         "memberships": [
         *           {
         *             "organization": "Association for Computing Machinery (ACM)",
         *             "role": "Member",
         *             "membershipType": "Professional",
         *             "dateRange": {
         *               "startDate": "2015",
         *               "endDate": null,
         *               "isCurrent": true
         *             },
         *             "description": null
         *           }
         *         ]
         *       },
         *       "hobbies": {
         *         "sectionTitle": "Interests",
         *         "hobbies": [
         *           "Trail running",
         *           "Film photography",
         *           "Chess"
         *         ]
         *       },
         *       "testimonials": {
         *         "sectionTitle": "What colleagues say",
         *         "testimonials": [
         *           {
         *             "quote": "Lucía turned our most fragile service into the one nobody worries about.",
         *             "authorName": "Marta Gil",
         *             "authorTitle": "VP Engineering",
         *             "authorCompany": "Cobralia Pagos S.L.",
         *             "relationship": "Manager",
         *             "date": "2024-02"
         *           }
         *         ]
         *       },
         *       "unclassifiedText": "References available on request.",
         *       "meta": {
         *         "schemaVersion": "1.0",
         *         "language": "en",
         *         "extractor": "claude",
         *         "model": "claude-sonnet-4-5",
         *         "sourceSha256": "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d"
         *       }
         *     }
         */
        CvData: {
            hero?: components["schemas"]["HeroSection"];
            contact?: components["schemas"]["ContactSection"];
            summary?: components["schemas"]["SummarySection"];
            experience?: components["schemas"]["ExperienceSection"];
            education?: components["schemas"]["EducationSection"];
            skills?: components["schemas"]["SkillsSection"];
            projects?: components["schemas"]["ProjectsSection"];
            achievements?: components["schemas"]["AchievementsSection"];
            certifications?: components["schemas"]["CertificationsSection"];
            languages?: components["schemas"]["LanguagesSection"];
            courses?: components["schemas"]["CoursesSection"];
            volunteer?: components["schemas"]["VolunteerSection"];
            publications?: components["schemas"]["PublicationsSection"];
            speaking?: components["schemas"]["SpeakingSection"];
            patents?: components["schemas"]["PatentsSection"];
            memberships?: components["schemas"]["MembershipsSection"];
            hobbies?: components["schemas"]["HobbiesSection"];
            testimonials?: components["schemas"]["TestimonialsSection"];
            /** @description Text of the CV that fits no section, kept verbatim. */
            unclassifiedText?: string | null;
            meta?: components["schemas"]["CvMeta"];
        };
        /** @description Section 1, hero: who the person is, at a glance. */
        HeroSection: {
            fullName?: components["schemas"]["CvText"];
            professionalTitle?: components["schemas"]["CvText"];
            summaryTagline?: components["schemas"]["CvText"];
            profilePhotoUrl?: components["schemas"]["CvUrl"];
        } | null;
        /** @description Section 2, contact: how to reach the person. */
        ContactSection: {
            email?: components["schemas"]["CvText"];
            phone?: components["schemas"]["CvText"];
            location?: components["schemas"]["Location"];
            professionalLinks?: components["schemas"]["ProfessionalLink"][] | null;
            availability?: components["schemas"]["CvText"];
            workAuthorization?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 3, summary: the CV's profile or objective paragraph. */
        SummarySection: {
            sectionTitle?: components["schemas"]["CvText"];
            summaryText?: components["schemas"]["CvText"];
            /** @description Only when the CV states it. */
            yearsOfExperience?: number | null;
            keySpecializations?: components["schemas"]["CvTextList"];
        } | null;
        /** @description Section 4, experience: jobs held. */
        ExperienceSection: {
            sectionTitle?: components["schemas"]["CvText"];
            experienceItems?: components["schemas"]["ExperienceItem"][] | null;
        } | null;
        /** @description One job. `description` is the CV's paragraph about the role (its bullets are `responsibilitiesAndAchievements`); `companyUrl` and `companyDescription` are about the employer. */
        ExperienceItem: {
            jobTitle?: components["schemas"]["CvText"];
            companyName?: components["schemas"]["CvText"];
            location?: components["schemas"]["Location"];
            dateRange?: components["schemas"]["DateRange"];
            responsibilitiesAndAchievements?: components["schemas"]["CvTextList"];
            technologiesUsed?: components["schemas"]["CvTextList"];
            employmentType?: components["schemas"]["CvText"];
            remoteWork?: components["schemas"]["CvText"];
            description?: components["schemas"]["CvText"];
            companyUrl?: components["schemas"]["CvUrl"];
            companyDescription?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 5, education: degrees and schooling. */
        EducationSection: {
            sectionTitle?: components["schemas"]["CvText"];
            educationItems?: components["schemas"]["EducationItem"][] | null;
        } | null;
        /** @description One degree or course of study. */
        EducationItem: {
            institution?: components["schemas"]["CvText"];
            degree?: components["schemas"]["CvText"];
            fieldOfStudy?: components["schemas"]["CvText"];
            location?: components["schemas"]["Location"];
            dateRange?: components["schemas"]["DateRange"];
            gpa?: components["schemas"]["CvText"];
            honors?: components["schemas"]["CvTextList"];
            relevantCoursework?: components["schemas"]["CvTextList"];
            description?: components["schemas"]["CvText"];
            institutionUrl?: components["schemas"]["CvUrl"];
        } | null;
        /** @description Section 6, skills: grouped as the CV groups them, the rest ungrouped. */
        SkillsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            skillCategories?: components["schemas"]["SkillCategory"][] | null;
            ungroupedSkills?: components["schemas"]["CvTextList"];
        } | null;
        /** @description A named group of skills, with the level the CV gives it ("Master", "Advanced"). */
        SkillCategory: {
            categoryName?: components["schemas"]["CvText"];
            skills?: components["schemas"]["CvTextList"];
            level?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 7, projects: personal, open-source or notable work projects. */
        ProjectsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            projectItems?: components["schemas"]["ProjectItem"][] | null;
        } | null;
        /** @description One project. `role` is one role as the CV words it, `roles` a list of them; `entity` is the organisation the project was for and `projectType` its kind ("application", "talk", …). */
        ProjectItem: {
            title?: components["schemas"]["CvText"];
            role?: components["schemas"]["CvText"];
            description?: components["schemas"]["CvText"];
            projectUrl?: components["schemas"]["CvUrl"];
            technologiesUsed?: components["schemas"]["CvTextList"];
            dateRange?: components["schemas"]["DateRange"];
            highlights?: components["schemas"]["CvTextList"];
            roles?: components["schemas"]["CvTextList"];
            entity?: components["schemas"]["CvText"];
            projectType?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 8, achievements: key results and figures the CV highlights. */
        AchievementsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            achievements?: components["schemas"]["Achievement"][] | null;
        } | null;
        /** @description One achievement, often a figure with its context, or an award (`awarder` is who gave it). */
        Achievement: {
            label?: components["schemas"]["CvText"];
            value?: components["schemas"]["CvText"];
            contextOrDetail?: components["schemas"]["CvText"];
            timeframe?: components["schemas"]["CvText"];
            awarder?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 9, certifications: professional certificates and licences. */
        CertificationsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            certificationItems?: components["schemas"]["CertificationItem"][] | null;
        } | null;
        /** @description One certification. */
        CertificationItem: {
            title?: components["schemas"]["CvText"];
            issuingOrganization?: components["schemas"]["CvText"];
            issueDate?: components["schemas"]["CvDate"];
            expirationDate?: components["schemas"]["CvDate"];
            credentialId?: components["schemas"]["CvText"];
            verificationUrl?: components["schemas"]["CvUrl"];
        } | null;
        /** @description Section 10, languages: spoken languages and proficiency. */
        LanguagesSection: {
            sectionTitle?: components["schemas"]["CvText"];
            languageItems?: components["schemas"]["LanguageItem"][] | null;
        } | null;
        /** @description One language. */
        LanguageItem: {
            language?: components["schemas"]["CvText"];
            proficiency?: components["schemas"]["CvText"];
            certification?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 11, courses: training and courses taken. */
        CoursesSection: {
            sectionTitle?: components["schemas"]["CvText"];
            courseItems?: components["schemas"]["CourseItem"][] | null;
        } | null;
        /** @description One course. */
        CourseItem: {
            title?: components["schemas"]["CvText"];
            institution?: components["schemas"]["CvText"];
            year?: components["schemas"]["CvText"];
            dateRange?: components["schemas"]["DateRange"];
            certificateUrl?: components["schemas"]["CvUrl"];
            description?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 12, volunteer: unpaid and community work. */
        VolunteerSection: {
            sectionTitle?: components["schemas"]["CvText"];
            volunteerItems?: components["schemas"]["VolunteerItem"][] | null;
        } | null;
        /** @description One volunteer role. */
        VolunteerItem: {
            role?: components["schemas"]["CvText"];
            organization?: components["schemas"]["CvText"];
            location?: components["schemas"]["Location"];
            dateRange?: components["schemas"]["DateRange"];
            description?: components["schemas"]["CvText"];
            responsibilities?: components["schemas"]["CvTextList"];
            organizationUrl?: components["schemas"]["CvUrl"];
        } | null;
        /** @description Section 13, publications: papers, articles, books. */
        PublicationsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            publications?: components["schemas"]["Publication"][] | null;
        } | null;
        /** @description One publication. */
        Publication: {
            title?: components["schemas"]["CvText"];
            authors?: components["schemas"]["CvTextList"];
            publicationType?: components["schemas"]["CvText"];
            journalName?: components["schemas"]["CvText"];
            conferenceName?: components["schemas"]["CvText"];
            publicationDate?: components["schemas"]["CvDate"];
            doi?: components["schemas"]["CvText"];
            publicationUrl?: components["schemas"]["CvUrl"];
            description?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 14, speaking: talks, panels and workshops given. */
        SpeakingSection: {
            sectionTitle?: components["schemas"]["CvText"];
            speakingEngagements?: components["schemas"]["SpeakingEngagement"][] | null;
        } | null;
        /** @description One talk or appearance. */
        SpeakingEngagement: {
            title?: components["schemas"]["CvText"];
            eventName?: components["schemas"]["CvText"];
            date?: components["schemas"]["CvDate"];
            venue?: components["schemas"]["CvText"];
            role?: components["schemas"]["CvText"];
            eventUrl?: components["schemas"]["CvUrl"];
            description?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 15, patents: patents filed or granted. */
        PatentsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            patents?: components["schemas"]["Patent"][] | null;
        } | null;
        /** @description One patent. */
        Patent: {
            title?: components["schemas"]["CvText"];
            patentNumber?: components["schemas"]["CvText"];
            status?: components["schemas"]["CvText"];
            filingDate?: components["schemas"]["CvDate"];
            issueDate?: components["schemas"]["CvDate"];
            inventors?: components["schemas"]["CvTextList"];
            patentUrl?: components["schemas"]["CvUrl"];
            description?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 16, memberships: professional bodies and associations. */
        MembershipsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            memberships?: components["schemas"]["Membership"][] | null;
        } | null;
        /** @description One membership. */
        Membership: {
            organization?: components["schemas"]["CvText"];
            role?: components["schemas"]["CvText"];
            membershipType?: components["schemas"]["CvText"];
            dateRange?: components["schemas"]["DateRange"];
            description?: components["schemas"]["CvText"];
        } | null;
        /** @description Section 17, hobbies: interests outside work. */
        HobbiesSection: {
            sectionTitle?: components["schemas"]["CvText"];
            hobbies?: components["schemas"]["CvTextList"];
            /** @description Interests the CV details with keywords ("Wildlife: ferrets, unicorns"); plain ones stay in `hobbies`. */
            interestItems?: components["schemas"]["InterestItem"][] | null;
        } | null;
        /** @description One interest with what it covers. */
        InterestItem: {
            name?: components["schemas"]["CvText"];
            keywords?: components["schemas"]["CvTextList"];
        } | null;
        /** @description Section 18, testimonials: quotes from others about the person, as the CV gives them. */
        TestimonialsSection: {
            sectionTitle?: components["schemas"]["CvText"];
            testimonials?: components["schemas"]["Testimonial"][] | null;
        } | null;
        /** @description One testimonial. */
        Testimonial: {
            quote?: components["schemas"]["CvText"];
            authorName?: components["schemas"]["CvText"];
            authorTitle?: components["schemas"]["CvText"];
            authorCompany?: components["schemas"]["CvText"];
            relationship?: components["schemas"]["CvText"];
            date?: components["schemas"]["CvDate"];
        } | null;
    };
    responses: {
        /** @description `malformed-request` (the body cannot be parsed), `invalid-parameters` (a path, query or header parameter does not satisfy the specification), `oauth-state-invalid` or `webhook-signature-invalid`. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/invalid-parameters",
                 *       "title": "Invalid parameters",
                 *       "status": 400,
                 *       "detail": "The request's parameters do not satisfy the specification.",
                 *       "instance": "/api/v1/cvs",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o",
                 *       "errors": [
                 *         {
                 *           "location": "query",
                 *           "pointer": "/limit",
                 *           "message": "must be <= 100"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unauthorized`: no credential, or an unknown, expired or revoked one; or a wrong email or password. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "Sign in to continue.",
                 *       "instance": "/api/v1/auth/me",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `payment-required`: payments are enabled and the portfolio has not been paid for. */
        PaymentRequired: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/payment-required",
                 *       "title": "Payment required",
                 *       "status": 402,
                 *       "detail": "Pay for this portfolio before publishing it.",
                 *       "instance": "/api/v1/portfolios/pf_r4agxc33434fo9941y3eyqh4xl/publish",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `csrf-rejected` (a cookie-authenticated unsafe request that did not prove it is same-origin), `origin-not-allowed` (the `Origin` is not allowed for the publishable key), `no-password` (changing the password of an account that has none) or `email-not-verified` (the tenant requires a verified address for this). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/origin-not-allowed",
                 *       "title": "Origin not allowed",
                 *       "status": 403,
                 *       "detail": "https://evil.example is not an allowed origin for this publishable key.",
                 *       "instance": "/api/v1/auth/guest",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such page: the site is not published (or published sites are not served here), or the preview does not exist or has expired. Negotiated on `Accept`: a client that prefers `text/html` (a browser) gets a small page saying so, with a link to the hosted site, under the site pages' `Content-Security-Policy` (no script; its one `<style>` allowed by hash); anyone else gets the `not-found` problem. Never cached. */
        PageNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                /** @description Always `no-store`. */
                "Cache-Control"?: "no-store";
                /** @description `Accept`: the body depends on it. */
                Vary?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "Nothing is published at /sites/lucia-fernandez/.",
                 *       "instance": "/sites/lucia-fernandez/"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
                "text/html": components["schemas"]["HtmlPage"];
            };
        };
        /** @description `not-found` (the resource does not exist or is not yours; payments disabled for payment operations), `route-not-found` or `provider-not-configured`. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "This CV has no document yet; its extraction has not finished.",
                 *       "instance": "/api/v1/cvs/cv_6aiwbezhvwcyt8ch6xmt5r88ga/data",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `conflict` (stale `base_version`, slug taken, wrong status for the action), `email-taken`, `already-paid`, `cv-limit-reached` or `idempotency-key-in-flight`. An `idempotency-key-in-flight` answer carries `Retry-After`: retry with the same key then. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/conflict",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "The document is at version 4, not 3. Reload it and apply your changes again.",
                 *       "instance": "/api/v1/cvs/cv_6aiwbezhvwcyt8ch6xmt5r88ga/data",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o",
                 *       "current_version": 4
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `payload-too-large`: the body exceeds the limit. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/payload-too-large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The file exceeds the 10 MB limit.",
                 *       "instance": "/api/v1/cvs",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o",
                 *       "max_bytes": 10485760
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unsupported-media-type`: the request's media type, or the uploaded file's real type, is not accepted. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/unsupported-media-type",
                 *       "title": "Unsupported media type",
                 *       "status": 415,
                 *       "detail": "The file is a ZIP archive; upload a PDF, DOCX, DOC, TXT, Markdown, PNG, JPEG, WEBP or JSON Resume file.",
                 *       "instance": "/api/v1/cvs",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `validation-error` (the body does not satisfy its schema or refers to something unusable; see `errors[]`), `unprocessable-file`, `not-a-cv` or `idempotency-key-reused`. */
        UnprocessableContent: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/validation-error",
                 *       "title": "Validation error",
                 *       "status": 422,
                 *       "detail": "The request body does not satisfy the schema.",
                 *       "instance": "/api/v1/cvs/cv_6aiwbezhvwcyt8ch6xmt5r88ga/data",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o",
                 *       "errors": [
                 *         {
                 *           "location": "body",
                 *           "pointer": "/data/contact/professionalLinks/0/url",
                 *           "message": "must be an http(s) or mailto URL"
                 *         },
                 *         {
                 *           "location": "body",
                 *           "pointer": "/data/experience/experienceItems/1/dateRange/startDate",
                 *           "message": "must be YYYY, YYYY-MM or YYYY-MM-DD"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `rate-limited`: too many requests; retry after `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/rate-limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "Too many sign-in attempts. Try again in 30 seconds.",
                 *       "instance": "/api/v1/auth/login",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `internal-error`: an unexpected failure. Quote `request_id` when reporting it. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/internal-error",
                 *       "title": "Internal error",
                 *       "status": 500,
                 *       "detail": "Something went wrong on our side.",
                 *       "instance": "/api/v1/portfolios",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not modified: the `If-None-Match` sent matches the current `ETag`; use the cached copy. No body. */
        NotModified: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["CacheControl"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description `widget-not-built`: this server has no built widget bundle to serve (a deployment without `npm run build --workspace @resume2website/widget`). Retry after `Retry-After` seconds. */
        WidgetNotBuilt: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/widget-not-built",
                 *       "title": "Widget not built",
                 *       "status": 503,
                 *       "detail": "This server has no widget bundle to serve; it was deployed without building the widget.",
                 *       "instance": "/widget/v1/r2w-widget.js",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The single-page app's HTML shell: the same document at every page address, naming the build's content-hashed script (`/app/<entry>`) and stylesheet; the app renders the page from the URL. No inline script or style. `Cache-Control: no-cache` with a strong `ETag` (a new build is picked up at once; a matching `If-None-Match` answers `304`). */
        SiteShell: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Content-Security-Policy": components["headers"]["SiteContentSecurityPolicy"];
                "Cache-Control": components["headers"]["CacheControl"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content: {
                "text/html": components["schemas"]["HtmlPage"];
            };
        };
        /** @description A file of the site's build. */
        SiteAppFile: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Cache-Control": components["headers"]["CacheControl"];
                ETag: components["headers"]["ETag"];
                "Access-Control-Allow-Origin": components["headers"]["AllowAnyOrigin"];
                "Cross-Origin-Resource-Policy": components["headers"]["CrossOriginResourcePolicy"];
                [name: string]: unknown;
            };
            content: {
                "text/javascript": components["schemas"]["TextAsset"];
                "text/css": components["schemas"]["TextAsset"];
                "image/svg+xml": components["schemas"]["TextAsset"];
            };
        };
        /** @description `site-not-built`: this server has no built hosted site to serve (a deployment without `npm run build --workspace @resume2website/widget`, or `SITE_DIST_DIR` pointing elsewhere). Retry after `Retry-After` seconds. */
        SiteNotBuilt: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/site-not-built",
                 *       "title": "Site not built",
                 *       "status": 503,
                 *       "detail": "This server has no hosted site to serve; it was deployed without building it.",
                 *       "instance": "/",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not-ready`: a required backend is unavailable or the server is shutting down; retry after `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://resume2website.com/problems/not-ready",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "detail": "The database is unavailable.",
                 *       "instance": "/api/v1/cvs",
                 *       "request_id": "req_01hx7m3k9q2w8e4r6t5y1u0i9o"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
         *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
         *     for 24 hours per caller (the session's user; for requests without a session, the client
         *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
         *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
         *     answer includes what the first one created: a repeated `registerUser` or
         *     `createGuestSession` hands back the same session.
         *
         *     - The same key with a different request (another operation, path or JSON body) answers
         *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
         *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
         *       replays the first CV whatever file it carries.
         *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
         *       retry after a moment.
         *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
         *     - If the first answer was lost (the server stopped before storing it), a retry runs the
         *       request again once the first one's claim lapses, and finds what the first run made
         *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
         *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
         *       `registerUser` with a new session for the account the first run registered (given the
         *       same password; a guest claimed in place is found even though its guest session has
         *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
         *       returns again for the same parameters (a retry that would return to another page
         *       answers `422 idempotency-key-reused`).
         *     - Without the header the request runs as usual.
         * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
         */
        IdempotencyKey: string;
        /** @description The CV's id. */
        CvIdParam: components["schemas"]["CvId"];
        /** @description The extraction's id. */
        ExtractionIdParam: components["schemas"]["ExtractionId"];
        /** @description The portfolio's id. */
        PortfolioIdParam: components["schemas"]["PortfolioId"];
        /** @description The tenant's id. */
        TenantIdParam: components["schemas"]["TenantId"];
        /** @description The Stripe Checkout Session id (`cs_…`) returned by `createCheckoutSession`. */
        CheckoutSessionIdParam: components["schemas"]["CheckoutSessionId"];
        /** @description The OAuth provider. */
        OAuthProviderParam: components["schemas"]["OAuthProvider"];
        /** @description The unguessable preview token from `Portfolio.preview_url`. */
        PreviewTokenParam: string;
        /** @description The published portfolio's slug. */
        SlugParam: components["schemas"]["Slug"];
        /** @description An asset's file name. Assets are flat (one path segment) and content-hashed, e.g. `style.3f2a1b9c.css`; `index.html` is served at the directory address instead. */
        AssetParam: string;
        /** @description The maximum number of items in the page. */
        LimitParam: number;
        /** @description The `next_cursor` of the previous page. Omit for the first page. */
        CursorParam: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this response is the stored answer to an earlier request with the same `Idempotency-Key` (see the `IdempotencyKey` parameter); absent on a first answer. */
        IdempotentReplayed: "true";
        /**
         * @description The request's id, also in every log line and in a problem's `request_id`. Echoes a well-formed `X-Request-Id` sent by the client; generated otherwise.
         * @example req_01hx7m3k9q2w8e4r6t5y1u0i9o
         */
        RequestId: string;
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        RetryAfter: number;
        /**
         * @description Sets the session cookie: `r2w_session=<session_id>; Max-Age=604800; Path=/; HttpOnly; Secure; SameSite=Lax`. `Max-Age` is the session's lifetime at issue (`SESSION_TTL`, 7 days by default) and is not renewed when the session slides. `Secure` is sent when the server's public address (`BACKEND_URL`) is `https://`, and left out when it is plain `http://` (development).
         * @example r2w_session=Qm9vdHN0cmFwLXNlc3Npb24tdG9rZW4tZXhhbXBsZTAx; Max-Age=604800; Path=/; HttpOnly; Secure; SameSite=Lax
         */
        SetSessionCookie: string;
        /**
         * @description Clears the session cookie.
         * @example r2w_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax
         */
        ClearSessionCookie: string;
        /**
         * @description Binds the OAuth `state` and PKCE verifier to this browser: a short-lived (10 minutes) cookie scoped to the callback path; `Secure` as for the session cookie (only when `BACKEND_URL` is `https://`).
         * @example r2w_oauth=7d0d7c4f0e2b4a9f8c1e; Max-Age=600; Path=/api/v1/auth/oauth; HttpOnly; Secure; SameSite=Lax
         */
        SetOAuthStateCookie: string;
        /** @description The redirect target. */
        Location: string;
        /**
         * @description The URL path of the created or started resource.
         * @example /api/v1/cvs/cv_6aiwbezhvwcyt8ch6xmt5r88ga
         */
        ResourceLocation: string;
        /**
         * @description `attachment` with the original file name (RFC 6266, with `filename*` for non-ASCII names).
         * @example attachment; filename="lucia-fernandez-cv.pdf"; filename*=UTF-8''luc%C3%ADa-fern%C3%A1ndez-cv.pdf
         */
        ContentDisposition: string;
        /** @description Keeps previews out of search engines. */
        XRobotsTag: "noindex, nofollow";
        /**
         * @description Strict policy for rendered pages: no scripts, no third-party requests, styles and images from the page's own origin only.
         * @example default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'
         */
        ContentSecurityPolicy: string;
        /**
         * @description The hosted site's policy: scripts, styles, fonts and requests from this origin only, no `'unsafe-inline'` or `'unsafe-eval'`, Trusted Types enforced (`lit-html`, `r2w-widget-stripe`), frames from this origin and the published sites' origin (previews, sites), never framed itself. With payments on, the pages that pay (`/create`, `/dashboard`, the checkout return) also admit Stripe.js and its frames.
         * @example default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html r2w-widget-stripe
         */
        SiteContentSecurityPolicy: string;
        /**
         * @description A strong validator of the body (a hash of its bytes); send it back in `If-None-Match` to get `304 Not Modified` while it is unchanged.
         * @example "3f2a1b9c4d5e6f7081920a1b2c3d4e5f"
         */
        ETag: string;
        /** @description `*`: a public resource any page may read. */
        AllowAnyOrigin: "*";
        /** @description `cross-origin`: pages on other sites may load it. */
        CrossOriginResourcePolicy: "cross-origin";
        /**
         * @description The script's Subresource Integrity hash (`sha384-` and the base64 SHA-384 of its bytes), for the `integrity` attribute of the script element that loads the content-hashed address.
         * @example sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC
         */
        WidgetIntegrity: string;
        /**
         * @description Caching policy of the response.
         * @example no-store
         */
        CacheControl: string;
        /**
         * @description The authentication scheme expected.
         * @example Bearer realm="resume2website"
         */
        WwwAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    registerUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description The account was created and signed in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    loginUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logoutUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Set-Cookie": components["headers"]["ClearSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description The password was changed; the other sessions ended; this is the new session. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description If an account has this address, a link is on its way. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            /** @description The password was set; this is the new session. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailRequest"];
            };
        };
        responses: {
            /** @description The address is verified. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resendVerificationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new link is on its way. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    revokeAllSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session of the user was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Set-Cookie": components["headers"]["ClearSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its data were deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Set-Cookie": components["headers"]["ClearSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCurrentUserRequest"];
            };
        };
        responses: {
            /** @description The account as it is now. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSessionState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session's state. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionState"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createGuestSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The guest session. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startOAuth: {
        parameters: {
            query?: {
                /**
                 * @description Where to send the browser afterwards: a path on this server's origin (starting with a single `/`). Defaults to `/`. Absolute and protocol-relative URLs are refused.
                 * @example /app/cvs
                 */
                return_to?: string;
            };
            header?: never;
            path: {
                /** @description The OAuth provider. */
                provider: components["parameters"]["OAuthProviderParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the provider's authorization endpoint. */
            302: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Set-Cookie": components["headers"]["SetOAuthStateCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    completeOAuth: {
        parameters: {
            query: {
                /** @description The authorization code; absent when the provider reports an error. */
                code?: string;
                /** @description The `state` created by `startOAuth`. */
                state: string;
                /** @description The provider's error code, e.g. `access_denied`. */
                error?: string;
                /** @description The provider's human-readable error description. */
                error_description?: string;
            };
            header?: never;
            path: {
                /** @description The OAuth provider. */
                provider: components["parameters"]["OAuthProviderParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the `return_to` path (with `auth_error` when the sign-in did not succeed). */
            302: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Set-Cookie": components["headers"]["SetSessionCookie"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClientConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client configuration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientConfig"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listCvs: {
        parameters: {
            query?: {
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["LimitParam"];
                /** @description The `next_cursor` of the previous page. Omit for the first page. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of CVs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadCv: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["CvUpload"];
            };
        };
        responses: {
            /** @description The file is stored and its extraction is enqueued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cv"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CV. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cv"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteCv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CV and everything derived from it were deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCvFile: {
        parameters: {
            query?: {
                /** @description `attachment` (download, the default) or `inline` (show in the browser). */
                disposition?: "attachment" | "inline";
            };
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The original bytes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["BinaryFile"];
                    "application/pdf": components["schemas"]["BinaryFile"];
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": components["schemas"]["BinaryFile"];
                    "application/msword": components["schemas"]["BinaryFile"];
                    "text/plain": components["schemas"]["BinaryFile"];
                    "text/markdown": components["schemas"]["BinaryFile"];
                    "image/png": components["schemas"]["BinaryFile"];
                    "image/jpeg": components["schemas"]["BinaryFile"];
                    "image/webp": components["schemas"]["BinaryFile"];
                    "application/json": components["schemas"]["BinaryFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCvData: {
        parameters: {
            query?: {
                /** @description The representation to answer with. */
                format?: "cvdata" | "jsonresume";
            };
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document: a `CvDocument` for `format=cvdata`, a `JsonResume` for `format=jsonresume`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvDocument"] | components["schemas"]["JsonResume"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateCvData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CvDataUpdate"];
            };
        };
        responses: {
            /** @description The stored new version. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    patchCvData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["CvDataPatch"];
            };
        };
        responses: {
            /** @description The stored new version. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createExtraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateExtractionRequest"];
            };
        };
        responses: {
            /** @description The extraction is enqueued (or was already in progress). */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extraction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getExtraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The extraction's id. */
                extraction_id: components["parameters"]["ExtractionIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extraction. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Extraction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    streamExtractionEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The extraction's id. */
                extraction_id: components["parameters"]["ExtractionIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    /** @description Always `no-cache, no-transform`. */
                    "Cache-Control"?: "no-cache, no-transform";
                    /** @description Always `no`, so a buffering reverse proxy (nginx) forwards each event at once. */
                    "X-Accel-Buffering"?: "no";
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: status
                     *     id: 1746353730512
                     *     data: {"id":"ext_yin5upp8vazmc4c3dp3s5vvcug","cv_id":"cv_6aiwbezhvwcyt8ch6xmt5r88ga","status":"running","stage":"extracting"}
                     *
                     *     : heartbeat
                     *
                     *     event: succeeded
                     *     data: {"id":"ext_yin5upp8vazmc4c3dp3s5vvcug","cv_id":"cv_6aiwbezhvwcyt8ch6xmt5r88ga","status":"succeeded","stage":null}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listThemes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The themes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThemeList"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getThemeThumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The theme's id. */
                theme_id: components["schemas"]["ThemeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    ETag: components["headers"]["ETag"];
                    "Access-Control-Allow-Origin": components["headers"]["AllowAnyOrigin"];
                    "Cross-Origin-Resource-Policy": components["headers"]["CrossOriginResourcePolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "image/png": components["schemas"]["BinaryFile"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPortfolios: {
        parameters: {
            query?: {
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["LimitParam"];
                /** @description The `next_cursor` of the previous page. Omit for the first page. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of portfolios. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPortfolio: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePortfolioRequest"];
            };
        };
        responses: {
            /** @description The draft portfolio. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    Location: components["headers"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePortfolio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePortfolioRequest"];
            };
        };
        responses: {
            /** @description The updated portfolio. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishPortfolio: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Publishing has started. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    unpublishPortfolio: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unpublishing has started. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createCheckoutSession: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry of this request safe. Send a new unique value (a UUID) for each distinct
                 *     request and the same value when retrying it. The first answer that is not a `5xx` is stored
                 *     for 24 hours per caller (the session's user; for requests without a session, the client
                 *     address and `X-Publishable-Key`), and a repeat with the same key answers the same status and
                 *     body again, without running the request, with `Idempotent-Replayed: true`. That stored
                 *     answer includes what the first one created: a repeated `registerUser` or
                 *     `createGuestSession` hands back the same session.
                 *
                 *     - The same key with a different request (another operation, path or JSON body) answers
                 *       `422 idempotency-key-reused`. For `uploadCv`, whose multipart body is streamed rather than
                 *       buffered, the body is not compared: the key alone identifies the upload, and a repeat
                 *       replays the first CV whatever file it carries.
                 *     - A repeat while the first request is still running answers `409 idempotency-key-in-flight`;
                 *       retry after a moment.
                 *     - A `5xx` answer is not stored: a retry with the same key runs the request again.
                 *     - If the first answer was lost (the server stopped before storing it), a retry runs the
                 *       request again once the first one's claim lapses, and finds what the first run made
                 *       instead of making it twice: `uploadCv` and `createPortfolio` answer with the first run's
                 *       CV or portfolio; `createGuestSession` with a new session for the first run's guest;
                 *       `registerUser` with a new session for the account the first run registered (given the
                 *       same password; a guest claimed in place is found even though its guest session has
                 *       ended); `createCheckoutSession` with the first run's Checkout Session, which Stripe
                 *       returns again for the same parameters (a retry that would return to another page
                 *       answers `422 idempotency-key-reused`).
                 *     - Without the header the request runs as usual.
                 * @example 5f0c6f5e-3c1b-4c61-9a8e-2f7f6b1d9c3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkout session to mount. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSessionCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
                /** @description The Stripe Checkout Session id (`cs_…`) returned by `createCheckoutSession`. */
                session_id: components["parameters"]["CheckoutSessionIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The checkout session's state. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckoutSessionState"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPortfolioPayments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    handleStripeWebhook: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Stripe's signature header (`t=…,v1=…`).
                 * @example t=1746353730,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "Stripe-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StripeEvent"];
            };
        };
        responses: {
            /** @description The event was recorded (or had been already) or was ignored. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookAck"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTenantPortfolios: {
        parameters: {
            query?: {
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["LimitParam"];
                /** @description The `next_cursor` of the previous page. Omit for the first page. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the tenant's portfolios. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPortfolioList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTenants: {
        parameters: {
            query?: {
                /** @description The maximum number of items in the page. */
                limit?: components["parameters"]["LimitParam"];
                /** @description The `next_cursor` of the previous page. Omit for the first page. */
                cursor?: components["parameters"]["CursorParam"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantRequest"];
            };
        };
        responses: {
            /** @description The tenant, with its secret key. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["ResourceLocation"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                tenant_id: components["parameters"]["TenantIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                tenant_id: components["parameters"]["TenantIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                tenant_id: components["parameters"]["TenantIdParam"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenantRequest"];
            };
        };
        responses: {
            /** @description The updated tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    rotateTenantSecretKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's id. */
                tenant_id: components["parameters"]["TenantIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant, with its new secret key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantWithSecret"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPreviewPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unguessable preview token from `Portfolio.preview_url`. */
                preview_token: components["parameters"]["PreviewTokenParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preview page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Robots-Tag": components["headers"]["XRobotsTag"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["HtmlPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["PageNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPreviewAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The unguessable preview token from `Portfolio.preview_url`. */
                preview_token: components["parameters"]["PreviewTokenParam"];
                /** @description An asset's file name. Assets are flat (one path segment) and content-hashed, e.g. `style.3f2a1b9c.css`; `index.html` is served at the directory address instead. */
                asset: components["parameters"]["AssetParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "X-Robots-Tag": components["headers"]["XRobotsTag"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "text/css": components["schemas"]["TextAsset"];
                    "image/*": components["schemas"]["BinaryFile"];
                    "font/woff2": components["schemas"]["BinaryFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["PageNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSitePage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The published portfolio's slug. */
                slug: components["parameters"]["SlugParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["HtmlPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["PageNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSiteAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The published portfolio's slug. */
                slug: components["parameters"]["SlugParam"];
                /** @description An asset's file name. Assets are flat (one path segment) and content-hashed, e.g. `style.3f2a1b9c.css`; `index.html` is served at the directory address instead. */
                asset: components["parameters"]["AssetParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The asset. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    [name: string]: unknown;
                };
                content: {
                    "text/css": components["schemas"]["TextAsset"];
                    "image/*": components["schemas"]["BinaryFile"];
                    "font/woff2": components["schemas"]["BinaryFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["PageNotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWidgetScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    ETag: components["headers"]["ETag"];
                    /**
                     * @description The content-hashed address of this same script (`getVersionedWidgetScript`), which never changes and is cached for a year.
                     * @example /widget/v1/r2w-widget.3f2a1b9c4d5e6f70.js
                     */
                    "Content-Location"?: string;
                    "X-Widget-Integrity": components["headers"]["WidgetIntegrity"];
                    "Access-Control-Allow-Origin": components["headers"]["AllowAnyOrigin"];
                    "Cross-Origin-Resource-Policy": components["headers"]["CrossOriginResourcePolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": components["schemas"]["TextAsset"];
                };
            };
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["WidgetNotBuilt"];
        };
    };
    getVersionedWidgetScript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The script's content hash: the first 16 hexadecimal digits of its SHA-256, as in the `Content-Location` of `getWidgetScript`. */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The script. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    ETag: components["headers"]["ETag"];
                    "X-Widget-Integrity": components["headers"]["WidgetIntegrity"];
                    "Access-Control-Allow-Origin": components["headers"]["AllowAnyOrigin"];
                    "Cross-Origin-Resource-Policy": components["headers"]["CrossOriginResourcePolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": components["schemas"]["TextAsset"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["WidgetNotBuilt"];
        };
    };
    getWidgetChunk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A chunk's file name as the widget script imports it: flat, content-hashed by the build, ending in `.js`. */
                chunk: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The module. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    ETag: components["headers"]["ETag"];
                    "Access-Control-Allow-Origin": components["headers"]["AllowAnyOrigin"];
                    "Cross-Origin-Resource-Policy": components["headers"]["CrossOriginResourcePolicy"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": components["schemas"]["TextAsset"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getSiteHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteResetPassword: {
        parameters: {
            query?: {
                /** @description The token from the reset link (read by the page, not by the server). */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteVerifyEmail: {
        parameters: {
            query?: {
                /** @description The token from the verification link (read by the page, not by the server). */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteSignUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteCvEditor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The CV's id. */
                cv_id: components["parameters"]["CvIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteCheckoutReturn: {
        parameters: {
            query?: {
                /** @description The Checkout Session's id, filled in by Stripe (`cs_…`). Read by the app, not the server. */
                session_id?: string;
            };
            header?: never;
            path: {
                /** @description The portfolio's id. */
                portfolio_id: components["parameters"]["PortfolioIdParam"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteShell"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteAppAsset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A file of the site's build as its manifest lists it: flat, content-hashed (e.g. `r2w-site-3f2a1b9c.js`). */
                asset: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteAppFile"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteAppChunk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A module the app's script imports on demand, as the manifest lists it under `chunks/`: flat, content-hashed, ending in `.js`. */
                chunk: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["SiteAppFile"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["SiteNotBuilt"];
        };
    };
    getSiteFavicon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The icon. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Cache-Control": components["headers"]["CacheControl"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": components["schemas"]["TextAsset"];
                };
            };
            304: components["responses"]["NotModified"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve traffic. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            /** @description Not ready; `checks` says which backend is down. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "not_ready",
                     *       "checks": {
                     *         "database": {
                     *           "status": "up",
                     *           "latency_ms": 1.8,
                     *           "error": null
                     *         },
                     *         "redis": {
                     *           "status": "down",
                     *           "latency_ms": 1000,
                     *           "error": "connect ECONNREFUSED 127.0.0.1:6379"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP r2w_http_request_duration_seconds HTTP request duration in seconds, by operationId (or unmatched), method and status
                     *     # TYPE r2w_http_request_duration_seconds histogram
                     *     r2w_http_request_duration_seconds_bucket{le="0.05",operation_id="getCv",method="GET",status="200"} 1042
                     *     # HELP r2w_queue_depth Jobs in each queue by state (waiting, active, delayed, failed), read from the queue backend at scrape time
                     *     # TYPE r2w_queue_depth gauge
                     *     r2w_queue_depth{queue="extract",state="waiting"} 3
                     *     # HELP r2w_circuit_breaker_state Circuit breaker state: 0 closed, 1 half-open, 2 open
                     *     # TYPE r2w_circuit_breaker_state gauge
                     *     r2w_circuit_breaker_state{breaker="claude"} 0
                     */
                    "text/plain": string;
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOpenApiSpec: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getApiDocs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The documentation page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["HtmlPage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
