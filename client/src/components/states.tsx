import type { ReactNode } from 'react';

export function Loading({ label }: { label: string }) {
  return (
    <p className="state state--loading" role="status">
      {label}
    </p>
  );
}

export function ErrorMessage({ children }: { children: ReactNode }) {
  return (
    <div className="state state--error" role="alert">
      {children}
    </div>
  );
}
