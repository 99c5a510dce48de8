// Text files imported as strings (`?raw`): handled by Vite in tests and by the esbuild plugin in scripts/build.mjs.
declare module '*?raw' {
  const text: string;
  export default text;
}
