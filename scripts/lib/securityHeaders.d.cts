// Types for securityHeaders.cjs (plain CommonJS so webpack.config.js can require it).
export interface CspAdditions {
  readonly connectSrc?: readonly string[];
  readonly frameAncestors?: readonly string[];
}
export declare const FRAME_ANCESTORS: readonly string[];
export declare function contentSecurityPolicy(extra?: CspAdditions): string;
export declare function productionSecurityHeaders(): Readonly<Record<string, string>>;
export declare function demoSecurityHeaders(options: {
  readonly sandboxUrl?: string | undefined;
}): Readonly<Record<string, string>>;
export declare function staticWebAppConfig(): { globalHeaders: Record<string, string> };
