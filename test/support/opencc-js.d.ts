// opencc-js ships types for its converters, not for its raw dictionaries (each module's default export is the
// dictionary as one string).
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
