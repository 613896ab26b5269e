/**
 * Generated from the server's /openapi.json by `npm run web:api`; do not edit. A test fails when
 * this file no longer matches the routes, so the admin UI and the server cannot drift apart.
 */
export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform events without a tenant (unauthenticated requests, failed token requests) */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    importId?: string;
                    /** @description An event kind, or a prefix such as `auth.*` */
                    kind?: string;
                    limit?: number;
                    route?: string;
                    since?: string;
                    /** @description Import record events naming this sourcedId */
                    sourcedId?: string;
                    status?: number;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                actorId: string | null;
                                actorType: string | null;
                                /** Format: date-time */
                                at: string;
                                details: unknown;
                                durationMs: number | null;
                                id: string;
                                ip: string | null;
                                kind: string;
                                method: string | null;
                                route: string | null;
                                status: number | null;
                                tenantId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sample-bundle.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a generated sample bundle (fictional data) to try an upload */
        get: {
            parameters: {
                query?: {
                    schools?: number;
                    seed?: string;
                    students?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": string;
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/zip": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their tenants and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            /** Format: date-time */
                            expiresAt: string;
                            tenants: {
                                role: "admin" | "uploader" | "reader";
                                slug: string;
                            }[];
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                isPlatformAdmin: boolean;
                                mustChangePassword: boolean;
                            };
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the HTTP-only `rh_session` cookie (SameSite=Strict; Secure over HTTPS). After 5 failures in a row the account locks for 1 minute, doubling per further failure up to 1 hour (429 with Retry-After).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE */
                            csrfToken: string;
                            /** Format: date-time */
                            expiresAt: string;
                            tenants: {
                                role: "admin" | "uploader" | "reader";
                                slug: string;
                            }[];
                            user: {
                                email: string;
                                /** Format: uuid */
                                id: string;
                                isPlatformAdmin: boolean;
                                mustChangePassword: boolean;
                            };
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        /** Sign out (revokes this session) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (required first after a one-time password)
         * @description At least 12 characters and not a common password. Every other session of the user is revoked.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your active sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                /** Format: date-time */
                                createdAt: string;
                                current: boolean;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                ip: string | null;
                                /** Format: date-time */
                                lastSeenAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Revoke all your other sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants (platform administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenants: {
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description When the tenant was disabled; null while it is enabled
                                 */
                                disabledAt: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a tenant (platform administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        slug: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: {
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description When the tenant was disabled; null while it is enabled
                                 */
                                disabledAt: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                            };
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, disable or enable a tenant (platform administrators)
         * @description Disabling keeps the data. Other server instances apply it within a few seconds (their cached tenant status).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description true disables the tenant (its data is kept; its API clients get no tokens and their tokens are refused; its members lose access; no uploads), false enables it again */
                        disabled?: boolean;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: {
                                /** Format: date-time */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description When the tenant was disabled; null while it is enabled
                                 */
                                disabledAt: string | null;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                slug: string;
                            };
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tenants/{slug}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's audit events, newest first */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    importId?: string;
                    /** @description An event kind, or a prefix such as `auth.*` */
                    kind?: string;
                    limit?: number;
                    route?: string;
                    since?: string;
                    /** @description Import record events naming this sourcedId */
                    sourcedId?: string;
                    status?: number;
                    until?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                actorId: string | null;
                                actorType: string | null;
                                /** Format: date-time */
                                at: string;
                                details: unknown;
                                durationMs: number | null;
                                id: string;
                                ip: string | null;
                                kind: string;
                                method: string | null;
                                route: string | null;
                                status: number | null;
                                tenantId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's audit events as CSV */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    /** @description `nextCursor` of the previous page */
                    cursor?: string;
                    importId?: string;
                    /** @description An event kind, or a prefix such as `auth.*` */
                    kind?: string;
                    limit?: number;
                    route?: string;
                    since?: string;
                    /** @description Import record events naming this sourcedId */
                    sourcedId?: string;
                    status?: number;
                    until?: string;
                };
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenant's API clients, with their last use */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clients: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                roles: ("admin" | "uploader" | "reader")[];
                                scopes: string[];
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API client (the secret is returned once)
         * @description Scopes default to all three rostering scopes, roles to none (rostering only; give admin, uploader or reader for the admin API).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        roles?: ("admin" | "uploader" | "reader")[];
                        scopes?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                roles: ("admin" | "uploader" | "reader")[];
                                scopes: string[];
                            };
                            clientSecret: string;
                            notice: string;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API client */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                roles: ("admin" | "uploader" | "reader")[];
                                scopes: string[];
                            };
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/clients/{id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate an API client's secret (the new secret is returned once; the old one stops working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            client: {
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                roles: ("admin" | "uploader" | "reader")[];
                                scopes: string[];
                            };
                            clientSecret: string;
                            notice: string;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/records/{entity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the tenant's records of one kind, searched and filtered, with the total */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description A sourcedId (exact or prefix), or part of a name, kana (hiragana finds katakana), title or code */
                    q?: string;
                    /** @description users: a role held; enrollments: the role */
                    role?: string;
                    status?: "active" | "tobedeleted";
                    /** @description orgs and academicSessions: type; classes: classType */
                    type?: string;
                };
                header?: never;
                path: {
                    /** @description One of users, orgs, classes, courses, academicSessions, enrollments (another answers 404) */
                    entity: string;
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: "users" | "orgs" | "classes" | "courses" | "academicSessions" | "enrollments";
                            limit: number;
                            offset: number;
                            rows: {
                                classCode?: string | null;
                                classSourcedId?: string | null;
                                classTitle?: string | null;
                                classType?: string | null;
                                courseCode?: string | null;
                                courseSourcedId?: string | null;
                                /** Format: date-time */
                                dateLastModified: string;
                                endDate?: string | null;
                                familyName?: string | null;
                                givenName?: string | null;
                                grades?: string[];
                                identifier?: string | null;
                                kanaFamilyName?: string | null;
                                kanaGivenName?: string | null;
                                kanaMiddleName?: string | null;
                                middleName?: string | null;
                                name?: string | null;
                                orgName?: string | null;
                                orgSourcedId?: string | null;
                                parentName?: string | null;
                                parentSourcedId?: string | null;
                                primary?: boolean | null;
                                role?: string | null;
                                roles?: string[];
                                schoolName?: string | null;
                                schoolSourcedId?: string | null;
                                schoolYear?: string | null;
                                schoolYearSourcedId?: string | null;
                                sourcedId: string;
                                startDate?: string | null;
                                status: string;
                                title?: string | null;
                                type?: string | null;
                                userKana?: string | null;
                                userName?: string | null;
                                userSourcedId?: string | null;
                            }[];
                            /** @description False when the tenant holds no roster data yet */
                            tenantHasData: boolean;
                            total: number;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/records/{entity}/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record: its fields, related records and change history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description One of users, orgs, classes, courses, academicSessions, enrollments (another answers 404) */
                    entity: string;
                    slug: string;
                    sourcedId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entity: "users" | "orgs" | "classes" | "courses" | "academicSessions" | "enrollments";
                            /** @description Changes by imports, newest first */
                            history: {
                                actor: {
                                    id: string | null;
                                    type: string | null;
                                };
                                /** Format: date-time */
                                at: string;
                                /** @description created, updated or deleted */
                                change: string;
                                fields: string[] | null;
                                importId: string | null;
                                /** @description The import was an upload (GET /tenants/{slug}/uploads/{importId}) */
                                isUpload: boolean;
                            }[];
                            historyTruncated: boolean;
                            /** @description The record as the OneRoster REST API renders it, passwords left out */
                            record: {
                                [key: string]: unknown;
                            };
                            relations: {
                                entity: "users" | "orgs" | "classes" | "courses" | "academicSessions" | "enrollments";
                                items: {
                                    entity: "users" | "orgs" | "classes" | "courses" | "academicSessions" | "enrollments";
                                    kana: string | null;
                                    /** @description Null when the reference points to no record */
                                    name: string | null;
                                    role: string | null;
                                    sourcedId: string;
                                    status: string | null;
                                }[];
                                key: "user" | "class" | "school" | "course" | "org" | "schoolYear" | "terms" | "parent" | "children" | "teachers" | "students" | "otherMembers" | "classes" | "courses" | "users" | "orgs" | "agents" | "agentFor" | "homeClass";
                                total: number;
                                /** @description More related records exist than are listed */
                                truncated: boolean;
                            }[];
                            sourcedId: string;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's settings (validation profile, audit retention) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auditRetentionDays: number | null;
                            effectiveAuditRetentionDays: number;
                            effectiveReadsPerHour: number;
                            effectiveUploadsPerHour: number;
                            profile: "oneroster" | "japan" | "eportal";
                            readsPerHour: number | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            uploadsPerHour: number | null;
                            webhookUrl: string | null;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        /** Replace the tenant's settings */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Days audit entries are kept; null for the platform default */
                        auditRetentionDays: number | null;
                        profile: "oneroster" | "japan" | "eportal";
                        /** @description Rostering reads per API client and hour; null for the platform default */
                        readsPerHour?: number | null;
                        /** @description Uploads per hour; null for the platform default */
                        uploadsPerHour?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            auditRetentionDays: number | null;
                            effectiveAuditRetentionDays: number;
                            effectiveReadsPerHour: number;
                            effectiveUploadsPerHour: number;
                            profile: "oneroster" | "japan" | "eportal";
                            readsPerHour: number | null;
                            /** Format: date-time */
                            updatedAt: string | null;
                            uploadsPerHour: number | null;
                            webhookUrl: string | null;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/settings/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the upload webhook; returns a new signing secret, once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description https:// URL called when an upload completes, fails or is reverted */
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Shown once: verify the X-RosterHub-Signature header with it (docs/webhooks.md) */
                            secret: string;
                            url: string;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove the upload webhook */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant's dashboard: records per file and status, last and recent uploads, changes over time */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Records per roster file by status, every file listed (in processing order) */
                            counts: {
                                active: number;
                                entity: "academicSessions" | "orgs" | "courses" | "classes" | "users" | "userProfiles" | "roles" | "enrollments" | "demographics";
                                tobedeleted: number;
                            }[];
                            /** Format: date-time */
                            generatedAt: string;
                            /** @description The last successful upload (completed, not a dry run, not reverted); null if none */
                            lastUpload: {
                                /** Format: date-time */
                                createdAt: string;
                                /** @description Per file: rows read and changes */
                                files: {
                                    [key: string]: {
                                        created: number;
                                        deleted: number;
                                        rows: number;
                                        unchanged: number;
                                        updated: number;
                                    };
                                };
                                /** Format: date-time */
                                finishedAt: string;
                                /** @description Same content as the upload before: nothing changed */
                                noop: boolean;
                                sourceName: string;
                                /** @description The changes summed over the files */
                                totals: {
                                    created: number;
                                    deleted: number;
                                    updated: number;
                                };
                                /** Format: uuid */
                                uploadId: string;
                            } | null;
                            /** @description The newest 10 uploads, newest first */
                            recentUploads: {
                                /** Format: date-time */
                                createdAt: string;
                                dryRun: boolean;
                                errorCount: number;
                                /** Format: date-time */
                                finishedAt: string | null;
                                noop: boolean;
                                sourceName: string;
                                status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                                /** Format: uuid */
                                uploadId: string;
                                warningCount: number;
                            }[];
                            /** @description What each of the last 30 applied uploads changed, oldest first */
                            series: {
                                created: number;
                                deleted: number;
                                /** Format: date-time */
                                finishedAt: string;
                                updated: number;
                                /** Format: uuid */
                                uploadId: string;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenant's users and their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                /** Format: date-time */
                                addedAt: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                role: "admin" | "uploader" | "reader";
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a user to the tenant with a role
         * @description A new account gets a one-time password, returned here only, to be changed at first sign-in; an existing account keeps its password (oneTimePassword is null).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        role: "admin" | "uploader" | "reader";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notice: string | null;
                            oneTimePassword: string | null;
                            user: {
                                /** Format: date-time */
                                addedAt: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                role: "admin" | "uploader" | "reader";
                            };
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenants/{slug}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user from the tenant */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upload history, newest first, with status and date filters */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    since?: string;
                    status?: string;
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                    until?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nextCursor: string | null;
                            uploads: {
                                attempts: number;
                                cancelRequested: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    id: string | null;
                                    type: string;
                                };
                                dryRun: boolean;
                                errorCount: number;
                                /** @description The first errors; the report has them all */
                                errors: {
                                    code: string;
                                    column: string | null;
                                    file: string;
                                    line: number | null;
                                    message: string;
                                    messageJa: string;
                                    severity: string;
                                    value: string | null;
                                }[];
                                failure: {
                                    code: string;
                                    message: string;
                                    messageJa: string;
                                } | null;
                                /** @description Per file: rows, and once applied created/updated/unchanged/deleted */
                                files: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                finishedAt: string | null;
                                links: {
                                    cancel: string;
                                    events: string;
                                    report: string;
                                    reportCsv: string;
                                    revert: string;
                                    self: string;
                                };
                                /** @description Same content as the last successful upload: recorded, nothing run */
                                noop: boolean;
                                profile: string | null;
                                /** @description phase, percent, etaSeconds, rowsDone, rowsTotal, files: {name: {rows, totalRows}} */
                                progress: {
                                    [key: string]: unknown;
                                };
                                revert: {
                                    /** Format: date-time */
                                    availableUntil: string | null;
                                    counts: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date-time */
                                    revertedAt: string | null;
                                    revertedBy: {
                                        id: string | null;
                                        type: string;
                                    } | null;
                                };
                                source: {
                                    bytes: number;
                                    contentHash: string;
                                    filesDeleted: boolean;
                                    kind: "zip" | "files";
                                    name: string;
                                };
                                /** Format: date-time */
                                startedAt: string | null;
                                status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                                timings: {
                                    [key: string]: number;
                                };
                                /** Format: uuid */
                                uploadId: string;
                                warningCount: number;
                                warnings: {
                                    code: string;
                                    column: string | null;
                                    file: string;
                                    line: number | null;
                                    message: string;
                                    messageJa: string;
                                    severity: string;
                                    value: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload a bundle: one zip, or `manifest` plus one part per CSV file (named after the file)
         * @description multipart/form-data. Returns 202 at once; the work happens in a background job (poll `links.self` or follow `links.events`). An `Idempotency-Key` header makes retries safe. Options: `dryRun`, `profile` (query or form fields).
         */
        post: {
            parameters: {
                query?: {
                    /** @description Validate only: nothing is applied */
                    dryRun?: boolean;
                    profile?: "oneroster" | "japan" | "eportal";
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                };
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            links: {
                                cancel: string;
                                events: string;
                                report: string;
                                reportCsv: string;
                                revert: string;
                                self: string;
                            };
                            status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                            upload: {
                                attempts: number;
                                cancelRequested: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    id: string | null;
                                    type: string;
                                };
                                dryRun: boolean;
                                errorCount: number;
                                /** @description The first errors; the report has them all */
                                errors: {
                                    code: string;
                                    column: string | null;
                                    file: string;
                                    line: number | null;
                                    message: string;
                                    messageJa: string;
                                    severity: string;
                                    value: string | null;
                                }[];
                                failure: {
                                    code: string;
                                    message: string;
                                    messageJa: string;
                                } | null;
                                /** @description Per file: rows, and once applied created/updated/unchanged/deleted */
                                files: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                finishedAt: string | null;
                                links: {
                                    cancel: string;
                                    events: string;
                                    report: string;
                                    reportCsv: string;
                                    revert: string;
                                    self: string;
                                };
                                /** @description Same content as the last successful upload: recorded, nothing run */
                                noop: boolean;
                                profile: string | null;
                                /** @description phase, percent, etaSeconds, rowsDone, rowsTotal, files: {name: {rows, totalRows}} */
                                progress: {
                                    [key: string]: unknown;
                                };
                                revert: {
                                    /** Format: date-time */
                                    availableUntil: string | null;
                                    counts: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date-time */
                                    revertedAt: string | null;
                                    revertedBy: {
                                        id: string | null;
                                        type: string;
                                    } | null;
                                };
                                source: {
                                    bytes: number;
                                    contentHash: string;
                                    filesDeleted: boolean;
                                    kind: "zip" | "files";
                                    name: string;
                                };
                                /** Format: date-time */
                                startedAt: string | null;
                                status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                                timings: {
                                    [key: string]: number;
                                };
                                /** Format: uuid */
                                uploadId: string;
                                warningCount: number;
                                warnings: {
                                    code: string;
                                    column: string | null;
                                    file: string;
                                    line: number | null;
                                    message: string;
                                    messageJa: string;
                                    severity: string;
                                    value: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            uploadId: string;
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An upload: status, progress, counts per file, first errors, timings */
        get: {
            parameters: {
                query?: {
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequested: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string | null;
                                type: string;
                            };
                            dryRun: boolean;
                            errorCount: number;
                            /** @description The first errors; the report has them all */
                            errors: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                            failure: {
                                code: string;
                                message: string;
                                messageJa: string;
                            } | null;
                            /** @description Per file: rows, and once applied created/updated/unchanged/deleted */
                            files: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            finishedAt: string | null;
                            links: {
                                cancel: string;
                                events: string;
                                report: string;
                                reportCsv: string;
                                revert: string;
                                self: string;
                            };
                            /** @description Same content as the last successful upload: recorded, nothing run */
                            noop: boolean;
                            profile: string | null;
                            /** @description phase, percent, etaSeconds, rowsDone, rowsTotal, files: {name: {rows, totalRows}} */
                            progress: {
                                [key: string]: unknown;
                            };
                            revert: {
                                /** Format: date-time */
                                availableUntil: string | null;
                                counts: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                revertedAt: string | null;
                                revertedBy: {
                                    id: string | null;
                                    type: string;
                                } | null;
                            };
                            source: {
                                bytes: number;
                                contentHash: string;
                                filesDeleted: boolean;
                                kind: "zip" | "files";
                                name: string;
                            };
                            /** Format: date-time */
                            startedAt: string | null;
                            status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                            timings: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            uploadId: string;
                            warningCount: number;
                            warnings: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an upload before it is applied (a queued one at once, a validating one within a second) */
        post: {
            parameters: {
                query?: {
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequested: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string | null;
                                type: string;
                            };
                            dryRun: boolean;
                            errorCount: number;
                            /** @description The first errors; the report has them all */
                            errors: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                            failure: {
                                code: string;
                                message: string;
                                messageJa: string;
                            } | null;
                            /** @description Per file: rows, and once applied created/updated/unchanged/deleted */
                            files: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            finishedAt: string | null;
                            links: {
                                cancel: string;
                                events: string;
                                report: string;
                                reportCsv: string;
                                revert: string;
                                self: string;
                            };
                            /** @description Same content as the last successful upload: recorded, nothing run */
                            noop: boolean;
                            profile: string | null;
                            /** @description phase, percent, etaSeconds, rowsDone, rowsTotal, files: {name: {rows, totalRows}} */
                            progress: {
                                [key: string]: unknown;
                            };
                            revert: {
                                /** Format: date-time */
                                availableUntil: string | null;
                                counts: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                revertedAt: string | null;
                                revertedBy: {
                                    id: string | null;
                                    type: string;
                                } | null;
                            };
                            source: {
                                bytes: number;
                                contentHash: string;
                                filesDeleted: boolean;
                                kind: "zip" | "files";
                                name: string;
                            };
                            /** Format: date-time */
                            startedAt: string | null;
                            status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                            timings: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            uploadId: string;
                            warningCount: number;
                            warnings: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: `progress` while the upload runs, then `done` with its final status */
        get: {
            parameters: {
                query?: {
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full validation report (JSON, or CSV with a BOM for spreadsheets) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errorCount: number;
                            errors: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                            profile: string;
                            status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                            summary: {
                                [key: string]: unknown;
                            }[];
                            truncated: {
                                code: string;
                                omitted: number;
                            }[];
                            uploadId: string;
                            warningCount: number;
                            warnings: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{id}/revert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a completed upload within the revert window, unless a later change depends on it
         * @description Records the upload updated or deleted get their previous content and status back; records it created become `tobedeleted`; all with dateLastModified = now, so delta consumers see the revert.
         */
        post: {
            parameters: {
                query?: {
                    /** @description The tenant's slug (signed-in users with several tenants; an API client's token names its own) */
                    tenant?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequested: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                id: string | null;
                                type: string;
                            };
                            dryRun: boolean;
                            errorCount: number;
                            /** @description The first errors; the report has them all */
                            errors: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                            failure: {
                                code: string;
                                message: string;
                                messageJa: string;
                            } | null;
                            /** @description Per file: rows, and once applied created/updated/unchanged/deleted */
                            files: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            finishedAt: string | null;
                            links: {
                                cancel: string;
                                events: string;
                                report: string;
                                reportCsv: string;
                                revert: string;
                                self: string;
                            };
                            /** @description Same content as the last successful upload: recorded, nothing run */
                            noop: boolean;
                            profile: string | null;
                            /** @description phase, percent, etaSeconds, rowsDone, rowsTotal, files: {name: {rows, totalRows}} */
                            progress: {
                                [key: string]: unknown;
                            };
                            revert: {
                                /** Format: date-time */
                                availableUntil: string | null;
                                counts: {
                                    [key: string]: unknown;
                                } | null;
                                /** Format: date-time */
                                revertedAt: string | null;
                                revertedBy: {
                                    id: string | null;
                                    type: string;
                                } | null;
                            };
                            source: {
                                bytes: number;
                                contentHash: string;
                                filesDeleted: boolean;
                                kind: "zip" | "files";
                                name: string;
                            };
                            /** Format: date-time */
                            startedAt: string | null;
                            status: "queued" | "validating" | "applying" | "completed" | "failed" | "cancelled" | "reverted";
                            timings: {
                                [key: string]: number;
                            };
                            /** Format: uuid */
                            uploadId: string;
                            warningCount: number;
                            warnings: {
                                code: string;
                                column: string | null;
                                file: string;
                                line: number | null;
                                message: string;
                                messageJa: string;
                                severity: string;
                                value: string | null;
                            }[];
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
                /** @description Error: the OneRoster imsx status fields, and a specific code with messages in English and Japanese */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                                message: string;
                                messageJa: string;
                            };
                            /** @enum {string} */
                            imsx_codeMajor: "failure";
                            imsx_CodeMinor: {
                                imsx_codeMinorField: {
                                    imsx_codeMinorFieldName: string;
                                    imsx_codeMinorFieldValue: string;
                                }[];
                            };
                            imsx_description: string;
                            /** @enum {string} */
                            imsx_severity: "error";
                        };
                    };
                };
            };
        };
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
        /** Readiness (as /health/ready) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                /** @enum {string} */
                                database: "ok";
                                redis: "ok" | "not_configured";
                                storage: "ok" | "not_configured";
                            };
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The dependencies that did not answer (details are in the server log) */
                            failed: ("database" | "redis" | "storage")[];
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no dependency is checked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: database reachable and migrated, Redis and object storage when configured */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checks: {
                                /** @enum {string} */
                                database: "ok";
                                redis: "ok" | "not_configured";
                                storage: "ok" | "not_configured";
                            };
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The dependencies that did not answer (details are in the server log) */
                            failed: ("database" | "redis" | "storage")[];
                            /** @enum {string} */
                            status: "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/academicSessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllAcademicSessions() API call.
         * @description To read, get, a collection of academic sessions i.e. all academic sessions.
         */
        get: operations["getAllAcademicSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/academicSessions/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAcademicSession() API call.
         * @description To read, get, a specific academic session. If the specified academic session cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getAcademicSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllClasses() API call.
         * @description To read, get, a collection of classes i.e. all classes.
         */
        get: operations["getAllClasses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/classes/{classSourcedId}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getStudentsForClass() API call.
         * @description To read, get, the collection of students associated with a specific class. If the specified class cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getStudentsForClass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/classes/{classSourcedId}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getTeachersForClass() API call.
         * @description To read, get, the collection of teachers associated with a specific class. If the specified class cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getTeachersForClass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/classes/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClass() API call.
         * @description To read, get, a specific class.  If the specified class cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllCourses() API call.
         * @description To read, get, a collection of courses i.e. all courses.
         */
        get: operations["getAllCourses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/courses/{courseSourcedId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClassesForCourse() API call.
         * @description To get the set of classes related to a specific course.  If the specified course cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClassesForCourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/courses/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getCourse() API call.
         * @description To read, get, a specific course.  If the specified course cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getCourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/demographics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllDemographics() API call.
         * @description To read, get, a collection of demographics i.e. all demographics.
         */
        get: operations["getAllDemographics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/demographics/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getDemographics() API call.
         * @description To read, get, a specific user demographics. If the specified user and/or demographics recrds cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getDemographics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllEnrollments() API call.
         * @description To read, get, a collection of enrollments i.e. all enrollments.
         */
        get: operations["getAllEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/enrollments/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getEnrollment() API call.
         * @description To read, get, a specific enrollment. If the specified enrollment cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getEnrollment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/gradingPeriods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllGradingPeriods() API call.
         * @description To read, get, a collection of grading periods i.e. all academic sessions.
         */
        get: operations["getAllGradingPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/gradingPeriods/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getGradingPeriod() API call.
         * @description To read, get, a specific grading period. If the specified grading period cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getGradingPeriod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllOrgs() API call.
         * @description To read, get, a collection of orgs i.e. all orgs.
         */
        get: operations["getAllOrgs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/orgs/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getOrg() API call.
         * @description To read, get, a specific org. If the specified org cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllSchools() API call.
         * @description To read, get, a collection of schools i.e. all schools.
         */
        get: operations["getAllSchools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClassesForSchool() API call.
         * @description To read, get, the collection of classes associated with a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClassesForSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/classes/{classSourcedId}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getEnrollmentsForClassInSchool() API call.
         * @description To read, get, the collection of enrollments associated with a specific class at a specific school. If the specified school and/or class cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getEnrollmentsForClassInSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/classes/{classSourcedId}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getStudentsForClassInSchool() API call.
         * @description To read, get, the collection of students associated with a specific class at a specific school. If the specified school and/or class cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getStudentsForClassInSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/classes/{classSourcedId}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getTeachersForClassInSchool() API call.
         * @description To read, get, the collection of teachers associated with a specific class at a specific school. If the specified school and/or class cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getTeachersForClassInSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getCoursesForSchool() API call.
         * @description To read, get, the collection of courses associated with a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getCoursesForSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getEnrollmentsForSchool() API call.
         * @description To read, get, the collection of enrollments associated with a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getEnrollmentsForSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getStudentsForSchool() API call.
         * @description To read, get, the collection of students associated with a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getStudentsForSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getTeachersForSchool() API call.
         * @description To read, get, the collection of teachers associated with a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getTeachersForSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{schoolSourcedId}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getTermsForSchool() API call.
         * @description To read, get, the collection of terms associated with a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getTermsForSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/schools/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getSchool() API call.
         * @description To read, get, a specific school. If the specified school cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getSchool"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllStudents() API call.
         * @description To read, get, a collection of students i.e. all students.
         */
        get: operations["getAllStudents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/students/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getStudent() API call.
         * @description To read, get, a specific student. If the specified student cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getStudent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/students/{studentSourcedId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClassesForStudent() API call.
         * @description To get the set of classes related to a specific student. If the specified student cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClassesForStudent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/teachers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllTeachers() API call.
         * @description To read, get, a collection of teachers i.e. all teachers.
         */
        get: operations["getAllTeachers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/teachers/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getTeacher() API call.
         * @description To read, get, a specific teacher. If the specified teacher cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getTeacher"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/teachers/{teacherSourcedId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClassesForTeacher() API call.
         * @description To get the set of classes related to a specific teacher. If the specified teacher cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClassesForTeacher"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllTerms() API call.
         * @description To read, get, a collection of terms i.e. all terms.
         */
        get: operations["getAllTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/terms/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getTerm() API call.
         * @description To read, get, a specific term. If the specified term cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getTerm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/terms/{termSourcedId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClassesForTerm() API call.
         * @description To get the set of classes related to a specific term. If the specified term cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClassesForTerm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/terms/{termSourcedId}/gradingPeriods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getGradingPeriodsForTerm() API call.
         * @description To get the set of grading periods related to a specific term. If the specified term cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getGradingPeriodsForTerm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getAllUsers() API call.
         * @description To read, get, a collection of users i.e. all users (including students and teachers).
         */
        get: operations["getAllUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/users/{sourcedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getUser() API call.
         * @description To read, get, a specific user. If the specified user cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ims/oneroster/rostering/v1p2/users/{userSourcedId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The REST read request message for the getClassesForUser() API call.
         * @description To get the set of classes related to a specific user. If the specified user cannot be identified within the service provider then a status code of 'unknownobject' must be reported.
         */
        get: operations["getClassesForUser"];
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
        /** Prometheus metrics (text exposition format) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text format 0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: string;
                            message: string;
                            statusCode: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth 2.0 client credentials token (RFC 6749 §4.4)
         * @description grant_type=client_credentials, optional space-separated scope; client authenticated with HTTP Basic or client_id/client_secret in the body (form or JSON).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        /** @description The container for an academicSession. An academicSession represents a duration of time. Typically they are used to describe terms, grading periods, and other durations e.g. school years. Term is used to describe a period of time during which learning will take place. Other words for term could be in common use around the world e.g. Semester. The important thing is that Term is a unit of time, often many weeks long, into which classes are scheduled. Grading Period is used to represent another unit of time, that within which line items are assessed. A term may have many grading periods, a grading period belongs to a single term. A class may be assessed over several grade periods (represented by a line item being connected to a grading period). The parent / child attributes of academic sessions allow terms to be connected to their grading periods and vice-versa. */
        AcademicSessionDType: {
            /** @description The set of links to the child AcademicSessions i.e. a set of AcademicSession 'sourcedIds'. */
            children?: components["schemas"]["AcadSessionGUIDRefDType"][];
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. The end date for the academic session. The end date is excluded from the academic session. This is in [ISO 8601] format of 'YYYY-MM-DD'.
             */
            endDate: string;
            metadata?: components["schemas"]["MetadataDType"];
            parent?: components["schemas"]["AcadSessionGUIDRefDType"];
            /** @description Model Primitive Datatype = NormalizedString. The school year for the academic session.  This year should include the school year end e.g. 2014. This is in the [ISO 8601] format of 'YYYY'. */
            schoolYear: string;
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. The start date for the academic session. The start date is included in the academic session. This is in [ISO 8601] format of 'YYYY-MM-DD'.
             */
            startDate: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            /** @description Model Primitive Datatype = NormalizedString. The title/label for the academic session. */
            title: string;
            /** @description The type of academic session. This is based upon an enumerated vocabulary. */
            type: ("gradingPeriod" | "semester" | "schoolYear" | "term") | string;
        };
        /** @description This is the container for a collection of academicSessions instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        AcademicSessionSetDType: {
            /** @description The collection of academicSession instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            academicSessions?: components["schemas"]["AcademicSessionDType"][];
        };
        /** @description This is the container for reference to a OneRoster 'Academic Session' object that has an allocated sourcedId (GUID). */
        AcadSessionGUIDRefDType: {
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The URI for the type of object being referenced.
             */
            href: string;
            /** @description Model Primitive Datatype = String. The globally unique identifier of the object being referenced. */
            sourcedId: string;
            /**
             * @description The type of object being referenced i.e. an 'academicSession'.
             * @enum {string}
             */
            type: "academicSession";
        };
        /** @description A class is an instance of a course, onto which students and teachers are enrolled. A class is typically held within a term. */
        ClassDType: {
            /** @description Model Primitive Datatype = NormalizedString. The class code. */
            classCode?: string;
            /** @description The type of class. This is based upon an enumerated vocabulary. */
            classType?: ("homeroom" | "scheduled") | string;
            course: components["schemas"]["CourseGUIDRefDType"];
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /** @description Model Primitive Datatype = NormalizedString. The grade(s) who attend the class. The permitted vocabulary should be defined as part of the adoption and deployment process. See the Implementation Guide [OR-IMPL-12] for more details on how to define/use such a vocabulary. */
            grades?: string[];
            /** @description Model Primitive Datatype = NormalizedString. The location for the class e.g. 'Room 19'. */
            location?: string;
            metadata?: components["schemas"]["MetadataDType"];
            /** @description Model Primitive Datatype = NormalizedString. The time slots in the day that the class will be given. Examples are 1 or a list of 1, 3, 5, etc. */
            periods?: string[];
            /** @description The links to the set of associated resources i.e. the Resource 'sourcedIds'. */
            resources?: components["schemas"]["ResourceGUIDRefDType"][];
            school: components["schemas"]["OrgGUIDRefDType"];
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            /** @description Model Primitive Datatype = NormalizedString. This is a machine readable set of codes and the number should match the associated 'subjects' attribute. The vocabulary for this characteristic should be defined as part of the local addition of this specification (see the Implementation Guide [OR-IMPL-12] for more details). */
            subjectCodes?: string[];
            /** @description Model Primitive Datatype = NormalizedString. The set of subjects addressed by this class e.g. 'chemistry'. */
            subjects?: string[];
            /** @description The links to the set of terms or semesters (academicSession) i.e. the set of 'sourcedIds' for the terms within the associated school year. */
            terms: components["schemas"]["AcadSessionGUIDRefDType"][];
            /** @description Model Primitive Datatype = NormalizedString. The tile/label for the class. */
            title: string;
        };
        /** @description This is the container for reference to a OneRoster 'Class' object that has an allocated sourcedId (GUID). */
        ClassGUIDRefDType: {
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The URI for the type of object being referenced.
             */
            href: string;
            /** @description Model Primitive Datatype = String. The globally unique identifier of the object being referenced. */
            sourcedId: string;
            /**
             * @description The type of object being referenced i.e. a 'class'.
             * @enum {string}
             */
            type: "class";
        };
        /** @description This is the container for a collection of classes instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        ClassSetDType: {
            /** @description The collection of class instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            classes?: components["schemas"]["ClassDType"][];
        };
        /** @description The information about a course. A Course is a course of study that, typically, has a shared curriculum although it may be taught to different students by different teachers. It is likely that several classes of a single course may be taught in a term. For example, a school runs Grade 9 English in the spring term. There are four classes, each with a different 30 students, taught by 4 different teachers. However the curriculum for each of those four classes is the same i.e. the course curriculum. */
        CourseDType: {
            /** @description Model Primitive Datatype = NormalizedString. The assigned course code. */
            courseCode: string;
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /** @description Model Primitive Datatype = NormalizedString. Grade(s) for which the class is attended. The permitted vocabulary should be defined as part of the adoption and deployment process. See the Implementation Guide [OR-IMPL-12] for more details on how to define/use such a vocabulary. */
            grades?: string[];
            metadata?: components["schemas"]["MetadataDType"];
            org?: components["schemas"]["OrgGUIDRefDType"];
            /** @description The links to the associated resources if applicable i.e. the resource 'sourcedIds'. */
            resources?: components["schemas"]["ResourceGUIDRefDType"][];
            schoolYear?: components["schemas"]["AcadSessionGUIDRefDType"];
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            /** @description Model Primitive Datatype = NormalizedString. This is a machine readable set of codes and the number should match the associated 'subjects' attribute. The vocabulary for this characteristic should be defined as part of the local addition of this specification (see the Implementation Guide [OR-IMPL-12] for more details). */
            subjectCodes?: string[];
            /** @description Model Primitive Datatype = NormalizedString. The set of subjects addresse by this course. This is a set of human readable strings. */
            subjects?: string[];
            /** @description Model Primitive Datatype = NormalizedString. The title of the course. */
            title: string;
        };
        /** @description This is the container for reference to a OneRoster 'Course' object that has an allocated sourcedId (GUID). */
        CourseGUIDRefDType: {
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The URI for the type of object being referenced.
             */
            href: string;
            /** @description Model Primitive Datatype = String. The globally unique identifier of the object being referenced. */
            sourcedId: string;
            /**
             * @description The type of object being referenced i.e. a 'course'.
             * @enum {string}
             */
            type: "course";
        };
        /** @description This is the container for a collection of courses instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        CourseSetDType: {
            /** @description The collection of course instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            courses?: components["schemas"]["CourseDType"][];
        };
        /** @description The container for a single set of credentials for an account. */
        CredentialDType: {
            /** @description Model Primitive Datatype = String. The password in this set of credentials.  Care should be taken to ensure that no unencrypted value is revealed. */
            password?: string;
            /** @description Model Primitive Datatype = String. The type of credentials for the profile. This should be indicative of when this specific credential should be used. */
            type: string;
            /** @description Model Primitive Datatype = NormalizedString. The username. */
            username: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Demographics information is taken from the Common Educational Data Standards (CEDS) from the US government. (http://ceds.ed.gov). Note that demographics data is held in its own service, and that access to this service is considered privileged. Not all consumer keys will be able to request demographics data. */
        DemographicsDType: {
            /**
             * @description Identification of whether or not the user is an American Indian or Alaska Native ethnicity.
             * @enum {string}
             */
            americanIndianOrAlaskaNative?: "true" | "false";
            /**
             * @description Identification of whether or not the user is of Asian ethnicity.
             * @enum {string}
             */
            asian?: "true" | "false";
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. the date of birth. The format is [ISO 8601] of 'YYYY-MM-DD'.
             */
            birthDate?: string;
            /**
             * @description Identification of whether or not the user is black or African American ethnicity.
             * @enum {string}
             */
            blackOrAfricanAmerican?: "true" | "false";
            /** @description Model Primitive Datatype = NormalizedString. The name of the city in which the user was born. */
            cityOfBirth?: string;
            /** @description Model Primitive Datatype = NormalizedString. The country of birth code. The permitted vocabulary should be defined as part of the adoption and deployment process. See the Implementation Guide [OR-IMPL-12] for more details on how to define/use such a vocabulary. */
            countryOfBirthCode?: string;
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /**
             * @description Identification of whether or not the user has a demographic of two or more race ethnicities.
             * @enum {string}
             */
            demographicRaceTwoOrMoreRaces?: "true" | "false";
            /**
             * @description Identification of whether or not the user is Hispanic or of Latino ethnicity.
             * @enum {string}
             */
            hispanicOrLatinoEthnicity?: "true" | "false";
            metadata?: components["schemas"]["MetadataDType"];
            /**
             * @description Identification of whether or not the user is Native Hawaiian or Other Pacific Islander ethnicity.
             * @enum {string}
             */
            nativeHawaiianOrOtherPacificIslander?: "true" | "false";
            /** @description Model Primitive Datatype = NormalizedString. An indication of the location of a person's legal residence relative to (within or outside) the boundaries of the public school attended and its administrative unit. The permitted vocabulary should be defined as part of the adoption and deployment process. See the Implementation Guide [OR-IMPL-12] for more details on how to define/use such a vocabulary. */
            publicSchoolResidenceStatus?: string;
            /** @description The sex of the individual. The permitted values are from an enumerated list. */
            sex?: ("male" | "female" | "unspecified" | "other") | string;
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /** @description Model Primitive Datatype = NormalizedString. The abbreviation for the name of the state (within the United States) or extra-state jurisdiction in which a person was born. The permitted vocabulary should be defined as part of the adoption and deployment process. See the Implementation Guide [OR-IMPL-12] for more details on how to define/use such a vocabulary. */
            stateOfBirthAbbreviation?: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            /**
             * @description Identification of whether or not the user is of white ethnicity.
             * @enum {string}
             */
            white?: "true" | "false";
        };
        /** @description This is the container for a collection of demographics instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        DemographicsSetDType: {
            /** @description The collection of demographics instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            demographics?: components["schemas"]["DemographicsDType"][];
        };
        /** @description An enrollment is the name given to an individual taking part in a class. In the vast majority of cases, users will be students learning in a class, or teachers teaching the class. Other roles are also possible. */
        EnrollmentDType: {
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. The start date for the enrollment (inclusive). This date must be within the period of the associated Academic Session for the class (Term/Semester/SchoolYear). Use the [ISO 8601] format of 'YYYY-MM-DD'.
             */
            beginDate?: string;
            class: components["schemas"]["ClassGUIDRefDType"];
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. The end date for the enrollment (exclusive).  This date must be within the period of the associated Academic Session for the class (Term/Semester/SchoolYear). Use the [ISO 8601] format of 'YYYY-MM-DD'.
             */
            endDate?: string;
            metadata?: components["schemas"]["MetadataDType"];
            /**
             * @description Applicable only to teachers. Only one teacher should be designated as the primary teacher for a class (this value set as 'true') in the period defined by the begin/end dates.
             * @enum {string}
             */
            primary?: "true" | "false";
            /** @description The role of the user for this class in the school e.g teacher, student, etc. This is from an enumerated vocabulary. */
            role: ("administrator" | "proctor" | "student" | "teacher") | string;
            school: components["schemas"]["OrgGUIDRefDType"];
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            user: components["schemas"]["UserGUIDRefDType"];
        };
        /** @description This is the container for a collection of enrollment instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        EnrollmentSetDType: {
            /** @description The collection of enrollment instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            enrollments?: components["schemas"]["EnrollmentDType"][];
        };
        /** @description This is the container for the set of code minor status codes reported in the responses from the Service Provider. */
        imsx_CodeMinorDType: {
            /** @description Each reported code minor status code. */
            imsx_codeMinorField: components["schemas"]["imsx_CodeMinorFieldDType"][];
        };
        /** @description This is the container for a single code minor status code. */
        imsx_CodeMinorFieldDType: {
            /**
             * @description Model Primitive Datatype = NormalizedString. This should contain the identity of the system that has produced the code minor status code report. In most cases this will be the target service provider denoted as 'TargetEndSystem'.
             * @default TargetEndSystem
             */
            imsx_codeMinorFieldName: string;
            /**
             * @description The code minor status code (this is a value from the corresponding enumerated vocabulary).
             * @enum {string}
             */
            imsx_codeMinorFieldValue: "fullsuccess" | "invalid_filter_field" | "invalid_selection_field" | "invaliddata" | "unauthorisedrequest" | "forbidden" | "server_busy" | "unknownobject" | "internal_server_error";
        };
        /** @description This is the container for the status code and associated information returned within the HTTP messages received from the Service Provider. For the OneRoster Rostering service this object will only be returned to provide information about a failed request i.e. it will NOT be in the payload for a successful request. See Appendix B for further information on the interpretation of the information contained within this class. */
        imsx_StatusInfoDType: {
            /**
             * @description The code major value (from the corresponding enumerated vocabulary). See Appendix B for further information on the interpretation of this set of codes. The permitted vocabulary for the values for the CodeMajor field.
             * @enum {string}
             */
            imsx_codeMajor: "success" | "processing" | "failure" | "unsupported";
            imsx_CodeMinor?: components["schemas"]["imsx_CodeMinorDType"];
            /** @description Model Primitive Datatype = String. A human readable description supplied by the entity creating the status code information. */
            imsx_description?: string;
            /**
             * @description The severity value (from the corresponding enumerated vocabulary). See Appendix B for further information on the interpretation of this set of codes.
             * @enum {string}
             */
            imsx_severity: "status" | "warning" | "error";
        };
        /** @description The container for the proprietary extensions. */
        MetadataDType: {
            [key: string]: unknown;
        };
        /** @description ORG is defined here as a structure for holding organizational information. An ORG might be a school, or it might be a local, statewide, or national entity. ORGs will typically have a parent ORG (up to the national level), and children, allowing a hierarchy to be established. School is defined here as the place where the learning happens. Most commonly this is the data that describes a bricks and mortar building, or, in the case of a virtual school, the virtual school organization. For enrollment and result reporting purposes, little information about this organization is required. A common example of a local organization is a school district. */
        OrgDType: {
            /** @description The 'sourcedIds' for the set of child organizations. */
            children?: components["schemas"]["OrgGUIDRefDType"][];
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /** @description Model Primitive Datatype = String. Human readable identifier for this org e.g. NCES ID. */
            identifier: string;
            metadata?: components["schemas"]["MetadataDType"];
            /** @description Model Primitive Datatype = NormalizedString. The name of the organization. */
            name: string;
            parent?: components["schemas"]["OrgGUIDRefDType"];
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            /** @description The type of organization. This uses a predefined vocabulary. */
            type: ("department" | "district" | "local" | "national" | "school" | "state") | string;
        };
        /** @description This is the container for reference to a OneRoster 'Org' object that has an allocated sourcedId (GUID). */
        OrgGUIDRefDType: {
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The URI for the type of object being referenced.
             */
            href: string;
            /** @description Model Primitive Datatype = String. The globally unique identifier of the object being referenced. */
            sourcedId: string;
            /**
             * @description The type of object being referenced i.e. an 'org'.
             * @enum {string}
             */
            type: "org";
        };
        /** @description This is the container for a collection of org instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        OrgSetDType: {
            /** @description The collection of org instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            orgs?: components["schemas"]["OrgDType"][];
        };
        /** @description This is the container for reference to a OneRoster 'Resourse' object that has an allocated sourcedId (GUID). */
        ResourceGUIDRefDType: {
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The URI for the type of object being referenced.
             */
            href: string;
            /** @description Model Primitive Datatype = String. The globally unique identifier of the object being referenced. */
            sourcedId: string;
            /**
             * @description The type of object being referenced i.e. a 'resource'.
             * @enum {string}
             */
            type: "resource";
        };
        /** @description The container for one mapping between a role and an org for the user. */
        RoleDType: {
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. The start date on which the role becomes active (inclusive).
             */
            beginDate?: string;
            /**
             * Format: date
             * @description Model Primitive Datatype = Date. The end date on which the role becomes inactive (exclusive).
             */
            endDate?: string;
            org: components["schemas"]["OrgGUIDRefDType"];
            /** @description The role of the user in the org. The permitted values are from an enumerated list. */
            role: ("aide" | "counselor" | "districtAdministrator" | "guardian" | "parent" | "principal" | "proctor" | "relative" | "siteAdministrator" | "student" | "systemAdministrator" | "teacher") | string;
            /**
             * @description Indicates if this role is the primary or secondary role for that org. There MUST be one, and only one, primary role for each org.
             * @enum {string}
             */
            roleType: "primary" | "secondary";
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The identifier for the system/tool/app access account that is relevant to this role in the org. The equivalent UserProfile should exist with a 'profileId' equal to this identifier value.
             */
            userProfile?: string;
        };
        /** @description This is the container for a single academicSession instance for a message payload. */
        SingleAcademicSessionDType: {
            academicSession: components["schemas"]["AcademicSessionDType"];
        };
        /** @description This is the container for a single class instance for a message payload. */
        SingleClassDType: {
            class: components["schemas"]["ClassDType"];
        };
        /** @description This is the container for a single course instance for a message payload. */
        SingleCourseDType: {
            course: components["schemas"]["CourseDType"];
        };
        /** @description This is the container for a single demographics instance for a message payload. */
        SingleDemographicsDType: {
            demographics: components["schemas"]["DemographicsDType"];
        };
        /** @description This is the container for a single enrollment instance for a message payload. */
        SingleEnrollmentDType: {
            enrollment: components["schemas"]["EnrollmentDType"];
        };
        /** @description This is the container for a single org instance for a message payload. */
        SingleOrgDType: {
            org: components["schemas"]["OrgDType"];
        };
        /** @description This is the container for a single user instance for a message payload. */
        SingleUserDType: {
            user: components["schemas"]["UserDType"];
        };
        /** @description Users, Teachers and Students are human beings that are teaching or studying in a class respectively. A single User class is used to represent both teachers and students and a role property is used to distinguish a user's natural role.Humans may have relationships with other humans. For example, a student may have parents. The 'agents' attribute allows for relationships between humans to be expressed. Note that these are typically from the point of view of the student - so a student will link to its parents (via the agent attribute). The reverse view MUST also be modeled, so for example, a user of role 'parent' MUST have agents that are of type 'student'. Note: Teachers MUST NOT be set as agents of students i.e. the teaching relationship is covered via enrollments. */
        UserDType: {
            /** @description The links to other people i.e. User 'sourcedIds'. */
            agents?: components["schemas"]["UserGUIDRefDType"][];
            /**
             * Format: date-time
             * @description Model Primitive Datatype = DateTime. All objects MUST be annotated with the dateTime upon which they were last modified. This enables requesters to query for just the latest objects. DateTimes MUST be expressed in W3C profile of [ISO 8601] and MUST contain the UTC timezone.
             */
            dateLastModified: string;
            /** @description Model Primitive Datatype = NormalizedString. The email address for the user. */
            email?: string;
            /**
             * @description This is used to determine whether or not the record is active in the local system. 'false' denotes that the record is active but system access is curtailed according to the local administration rules.
             * @enum {string}
             */
            enabledUser: "true" | "false";
            /** @description Model Primitive Datatype = NormalizedString. The family name. Also, known as the last name. */
            familyName: string;
            /** @description Model Primitive Datatype = NormalizedString. The given name. Also, known as the first name. */
            givenName: string;
            /** @description Model Primitive Datatype = NormalizedString. Grade(s) for which a user with role 'student' is enrolled. The permitted vocabulary should be defined as part of the adoption and deployment process. See the Implementation Guide [OR-IMPL-12] for more details on how to define/use such a vocabulary. */
            grades?: string[];
            /** @description Model Primitive Datatype = String. An identifier for the user. NOTE - This characteristic is kept for backwards compatibility with OneRoster 1.1/1.0. The 'userIds' characteristic SHOULD be used instead. */
            identifier?: string;
            metadata?: components["schemas"]["MetadataDType"];
            /** @description Model Primitive Datatype = NormalizedString. The set of middle names. If more than one middle name is needed separate using a space e.g. 'Wingarde Granville'. */
            middleName?: string;
            /** @description Model Primitive Datatype = String. A top-level password for the user. Care should be taken when using this field and the password SHOULD be encrypted. */
            password?: string;
            /** @description Model Primitive Datatype = NormalizedString. The phone number for the user. */
            phone?: string;
            /** @description Model Primitive Datatype = NormalizedString. The user's preferred first name. This attribute was added in version 1.2. */
            preferredFirstName?: string;
            /** @description Model Primitive Datatype = NormalizedString. The user's preferred last name. This attribute was added in version 1.2. */
            preferredLastName?: string;
            /** @description Model Primitive Datatype = NormalizedString. The user's preferred middle name(s). This attribute was added in version 1.2. */
            preferredMiddleName?: string;
            primaryOrg?: components["schemas"]["OrgGUIDRefDType"];
            /** @description Model Primitive Datatype = NormalizedString. The pronoun(s) by which this person is referenced. Examples (in the case of English) include 'she/her/hers', 'he/him/his', 'they/them/theirs', 'ze/hir/hir', 'xe/xir', or a statement that the person's name should be used instead of any pronoun. */
            pronouns?: string;
            /** @description The identifiers (GUIDs) for the set of resources that are to be made available to the user. These are the sourcedIds that should be used for obtaining the metadata about the resources using the OR 1.2 Resources Service [OR-RES-SM-12]. */
            resources?: components["schemas"]["ResourceGUIDRefDType"][];
            /** @description The set of roles for each of the orgs to which the user is affilliated. This is expressed as a set of role/org tuples. */
            roles: components["schemas"]["RoleDType"][];
            /** @description Model Primitive Datatype = NormalizedString. The SMS number for the user. */
            sms?: string;
            /** @description Model Primitive Datatype = String. The sourcedId of the object. All objects MUST be identified by a Source Identifier. This is a GUID  System ID for an object. This is the GUID that SYSTEMS will refer to when making API calls, or when needing to identify an object. It is RECOMMENDED that systems are able to map whichever local ids (e.g. database key fields) they use to SourcedId.  The sourcedId of an object is considered an addressable property of an entity and as such will not be treated as Personally Identifiable Information (PII) by certified products.  Therefore, as a part of certification, vendors will be required to declare that they will notify customers via documentation or other formal and documented agreement that sourcedIds should never contain PII in general, but particularly users. This means that if a customer includes a student name in an enrollment.sourcedId, it will not fall to any certified product to protect the enrollment.sourcedId as PII, or even the userSourcedId field in the enrollment record. */
            sourcedId: string;
            /**
             * @description All objects MUST BE either 'active' or 'tobedeleted'.  Something which is flagged 'tobedeleted' is to be considered safe to delete. Systems can delete records that are flagged as such if they wish, but they are not under any compulsion to do so. In v1.1 the enumeration value of 'inactive' was removed and so for backwards compatibility all such marked objects should be interpreted as 'tobedeleted'.
             * @enum {string}
             */
            status: "active" | "tobedeleted";
            /** @description The set of external user identifiers that should be used for this user, if for some reason the sourcedId cannot be used. This might be an active directory id, an LTI id, or some other machine-readable identifier that is used for this person. */
            userIds?: components["schemas"]["UserIdDType"][];
            /** @description Model Primitive Datatype = NormalizedString. The master unique identifier for this user. This is NOT the same as the user's interoperability 'sourcedId'. This should be used to ensure that all of the system identifiers/accounts etc. can be reconciled to the same user. How this identifier is assigned and its format is beyond the scope of this specification. */
            userMasterIdentifier?: string;
            /** @description Model Primitive Datatype = NormalizedString. The user name assigned to the user. NOTE - This has been kept for backwards compatibility with OneRoster 1.1 and the new 'userProfiles' characteristic SHOULD be used instead. */
            username?: string;
            /** @description The set of system/app/tool profiles for the user. */
            userProfiles?: components["schemas"]["UserProfileDType"][];
        };
        /** @description This is the container for reference to a OneRoster 'User' object that has an allocated sourcedId (GUID). */
        UserGUIDRefDType: {
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The URI for the type of object being referenced.
             */
            href: string;
            /** @description Model Primitive Datatype = String. The globally unique identifier of the object being referenced. */
            sourcedId: string;
            /**
             * @description The type of object being referenced i.e. a 'user'.
             * @enum {string}
             */
            type: "user";
        };
        /** @description This is the set of external user identifiers that should be used for this user, if for some reason the sourcedId cannot be used. This might be an active directory id, an LTI id, or some other machine-readable identifier that is used for this person. */
        UserIdDType: {
            /** @description Model Primitive Datatype = String. The user identifier. */
            identifier: string;
            /** @description Model Primitive Datatype = NormalizedString. The type of identifier. This is no predefined vocabuary. */
            type: string;
        };
        /** @description The container for the information about a User Profile that will provide the user with access to some system, application, tool, etc. */
        UserProfileDType: {
            /** @description Model Primitive Datatype = NormalizedString. Identifier for the application associated with the account. The nature, and how this identifier is assigned is not defined by this specification. This may have a value of 'default' to denote this account should be used for default access to all applications related to this vendor. */
            applicationId?: string;
            /** @description The set of credentials that are available for access to this profile. */
            credentials?: components["schemas"]["CredentialDType"][];
            /** @description Model Primitive Datatype = String. A human readable description of the use of the profile. This should not contain any security information for access to the account. */
            description?: string;
            /**
             * Format: uri
             * @description Model Primitive Datatype = AnyURI. The unique identifier for the profile. This does not need to be a globally unique identifier but it must be unique within the scope of the user.
             */
            profileId: string;
            /** @description Model Primitive Datatype = NormalizedString. The type of profile. This should be a human readable label that has some significance in the context of the related system, app, tool, etc. */
            profileType: string;
            /** @description Model Primitive Datatype = NormalizedString. The unique identifier for the vendor of the system, tool, app, etc. which requires the use of this profile. */
            vendorId: string;
        };
        /** @description This is the container for a collection of user instances for a message payload. This may be empty if no instances are found that sustain the applied query constraints. The order is not significant. */
        UserSetDType: {
            /** @description The collection of user instances. The order is not significant. The corresponding query constraints may result in no instances being returned. */
            users?: components["schemas"]["UserDType"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAllAcademicSessions: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademicSessionSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAcademicSession: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this academic session. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleAcademicSessionDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllClasses: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getStudentsForClass: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the class. */
                classSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getTeachersForClass: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the class. */
                classSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClass: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this class. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleClassDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllCourses: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClassesForCourse: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific course. */
                courseSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getCourse: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this course. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleCourseDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllDemographics: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemographicsSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getDemographics: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this user demographics. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleDemographicsDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllEnrollments: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getEnrollment: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this enrollment. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleEnrollmentDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllGradingPeriods: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademicSessionSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getGradingPeriod: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this grading period. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleAcademicSessionDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllOrgs: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getOrg: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this org. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleOrgDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllSchools: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClassesForSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getEnrollmentsForClassInSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the class. */
                classSourcedId: string;
                /** @description The unique identifier, GUID, for the school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getStudentsForClassInSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the class. */
                classSourcedId: string;
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getTeachersForClassInSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the class. */
                classSourcedId: string;
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getCoursesForSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getEnrollmentsForSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getStudentsForSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getTeachersForSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getTermsForSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific school. */
                schoolSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademicSessionSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getSchool: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this school. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleOrgDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllStudents: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getStudent: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this student. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUserDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClassesForStudent: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific student. */
                studentSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllTeachers: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getTeacher: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this teacher. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUserDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClassesForTeacher: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific teacher. */
                teacherSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllTerms: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademicSessionSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getTerm: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this term. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleAcademicSessionDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClassesForTerm: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific term. */
                termSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getGradingPeriodsForTerm: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific term. */
                termSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcademicSessionSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getAllUsers: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for this user. */
                sourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a record has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SingleUserDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description Either the supplied identifier is unknown in the Service Provider and so the object could not be changed or an invalid GUID has been supplied. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. The statement 'Unknown Object' should also be presented. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
    getClassesForUser: {
        parameters: {
            query?: {
                /** @description To identify the range of fields that should be supplied in the response message. */
                fields?: string[];
                /** @description The filtering rules to be applied when identifying the records to be supplied in the response message. The sort order should follow the [UNICODE, 16] standard. */
                filter?: string;
                /** @description To define the download segmentation value i.e. the maximum number of records to be contained in the response. */
                limit?: number;
                /** @description The number of the first record to be supplied in the segmented response message. */
                offset?: number;
                /** @description The form of ordering for response to the sorted request i.e. ascending (asc) or descending (desc). The sort order should follow the [UNICODE, 16] standard. */
                orderBy?: "asc" | "desc";
                /** @description Identifies the sort criteria to be used for the records in the response message. Use with the orderBy parameter. The sort order should follow the [UNICODE, 16] standard. */
                sort?: string;
            };
            header?: never;
            path: {
                /** @description The unique identifier, GUID, for the specific user. */
                userSourcedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was successfully completed and a collection has been returned. This would be accompanied by the 'codeMajor/severity' values of 'success/status' and for a REST binding a HTTP code of '200'. */
            200: {
                headers: {
                    /** @description The total number of resources that are available to be returned */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSetDType"];
                };
            };
            /** @description Either an invalid selection field or invalid filter selection was supplied and data filtering on the selection criteria was not possible i.e. 'invalid_selection_field' or  'invalid_filter_field' respectively. This is accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The request was not correctly authorised i.e. 'unauthorisedrequest'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is used to indicate that the server can be reached and process the request but refuses to take any further action i.e. 'forbidden'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This error condition may occur if a JSON request body contains well-formed (i.e. syntactically correct), but semantically erroneous, JSON instructions. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description The server is receiving too many requests i.e. 'server_busy'. Retry at a later time. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This code should be used only if there is catastrophic error and there is not a more appropriate code i.e. 'internal_server_error'. This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
            /** @description This is the default error response when no other appropriate code is available.  This would be accompanied by the 'codeMajor/severity' values of 'failure/error'. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["imsx_StatusInfoDType"];
                };
            };
        };
    };
}
