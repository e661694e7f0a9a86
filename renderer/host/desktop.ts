/**
 * The desktop host: everything goes through the preload bridge
 * (electron/preload/index.ts), which main validates. Selected by the `#host` alias.
 */
import type { Platform } from '#shared/platform/contract.ts';

function bridge(): Platform {
  const candidate = (window as unknown as { moa?: Platform }).moa;
  if (!candidate) {
    throw new Error('Skrivbordsbryggan saknas: appen är byggd för skrivbordet men körs utan Electrons preload.');
  }
  return candidate;
}

export const platform: Platform = bridge();
