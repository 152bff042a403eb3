export declare const isBuildCurrent: (root: string) => boolean
export declare const needsInstall: (root: string) => boolean
