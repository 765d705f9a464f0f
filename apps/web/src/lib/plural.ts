/** "1 reply", "3 replies". */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
