// Types of scripts/export-swap.mjs (plain JavaScript, so the build script needs no TypeScript).

export declare const requiredExportFiles: string[];
export declare function stagingDir(target: string): string;
export declare function previousDir(target: string): string;
export declare function recoverInterruptedExport(target: string): string[];
export declare function missingExportFiles(dir: string, required?: readonly string[]): string[];
export declare function swapIntoPlace(staging: string, target: string, required?: readonly string[]): void;
