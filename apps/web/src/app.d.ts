import type { Me } from '@forum/contracts';

declare global {
  namespace App {
    interface Locals {
      user: Me | null;
      /** The browser's session cookie, forwarded to the API on the user's behalf. */
      sessionCookie: string | null;
    }
    interface Error {
      message: string;
      requestId?: string;
    }
  }
}

export {};
