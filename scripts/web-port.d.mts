/** Types of web-port.mjs, for the TypeScript tests that import it (the scripts themselves are checked JavaScript). */
export declare const WEB_HOST: string;
export declare const WEB_PORT: number;
export type PortState = { kind: 'free' } | { kind: 'ours' } | { kind: 'other' };
export type PortDecision = { action: 'serve' } | { action: 'reuse'; exitCode: 0; message: string } | { action: 'refuse'; exitCode: 1; message: string };
export declare function webAddress(host?: string, port?: number): string;
export declare function isWorkbookPage(html: string): boolean;
export declare function decideOnPort(state: PortState, address: string): PortDecision;
export declare function isPortBusy(host: string, port: number): Promise<boolean>;
export declare function whoAnswers(address: string, timeoutMs?: number): Promise<'ours' | 'other'>;
export declare function portState(host: string, port: number): Promise<PortState>;
