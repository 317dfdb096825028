// Element Timing (https://w3c.github.io/element-timing/): an attribute React passes to the DOM as is.
import 'react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merging needs React's own parameter name
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
