// The launcher imports its stylesheet as a string (web/build.ts minifies it and inlines it);
// the chat bundle imports its stylesheet for esbuild to emit postino-chat.css.
declare module '*.css' {
  const css: string;
  export default css;
}
