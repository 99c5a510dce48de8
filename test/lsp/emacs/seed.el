;;; seed.el --- Emacs + Eglot drive cable-language-server on a cable, with the configuration the README gives.
;;; Usage: LSP_SERVER=dist/server.js LSP_FILE=<cable>.cable LSP_OUT=out.json emacs --batch -l seed.el
;;; Writes what it got as JSON to LSP_OUT; exits 0 when the outline has 12 paragraphs, the hover on PREL explains
;;; it and the six mangled-number warnings arrive; 1 otherwise.
(require 'package)
(package-initialize)
(require 'eglot)
(require 'json)
(require 'flymake)

(defvar cable-test-server (or (getenv "LSP_SERVER") (error "set LSP_SERVER to dist/server.js")))
(defvar cable-test-file (or (getenv "LSP_FILE") (error "set LSP_FILE to a .cable file")))
(defvar cable-test-out (or (getenv "LSP_OUT") "emacs-results.json"))

;; The README's configuration, with the server named by its path (no global install here).
(define-derived-mode cable-mode text-mode "Cable" "Major mode for diplomatic cables.")
(add-to-list 'auto-mode-alist '("\\.cable\\'" . cable-mode))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs `(cable-mode . ("node" ,cable-test-server "--stdio"))))
(add-hook 'cable-mode-hook #'eglot-ensure)

(defun cable-test-fail (fmt &rest args)
  (princ (concat "FAIL: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun cable-test-wait (pred secs)
  "Pump events until PRED holds or SECS pass; return PRED's value."
  (let ((deadline (+ (float-time) secs)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun cable-test-paragraphs (symbols)
  "The names of paragraph symbols (names starting with a number) at any depth of SYMBOLS."
  (let (out)
    (dolist (s (append symbols nil))
      (let ((name (plist-get s :name)))
        (if (string-match-p "\\`[0-9]+\\." name)
            (push name out)
          (setq out (append (reverse (cable-test-paragraphs (plist-get s :children))) out)))))
    (nreverse out)))

(condition-case err
    (progn
      (setq eglot-sync-connect 20)
      (find-file cable-test-file)
      (unless (eq major-mode 'cable-mode) (cable-test-fail "the file did not open in cable-mode: %s" major-mode))
      ;; eglot-ensure connects on the next command loop; in batch mode start it directly if it has not.
      (unless (cable-test-wait (lambda () (eglot-current-server)) 2)
        (apply #'eglot (eglot--guess-contact)))
      (unless (cable-test-wait (lambda () (and (eglot-current-server) eglot--managed-mode)) 20)
        (cable-test-fail "the server did not connect"))
      (let* ((server (eglot-current-server))
             (symbols (jsonrpc-request server :textDocument/documentSymbol `(:textDocument ,(eglot--TextDocumentIdentifier))))
             (paragraphs (cable-test-paragraphs symbols))
             (hover (save-excursion
                      (goto-char (point-min))
                      (re-search-forward "^TAGS.*PREL")
                      (backward-char 2)
                      (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
             (mangled (lambda ()
                        (seq-filter (lambda (d) (string-match-p "stands for ¶" (flymake-diagnostic-text d)))
                                    (flymake-diagnostics)))))
        (flymake-start)
        (cable-test-wait (lambda () (= (length (funcall mangled)) 6)) 20)
        (let ((result `((paragraphs . ,(vconcat paragraphs))
                        (hover . ,(plist-get (plist-get hover :contents) :value))
                        (mangled . ,(length (funcall mangled))))))
          (with-temp-file cable-test-out (insert (json-encode result)))
          (unless (= (length paragraphs) 12) (cable-test-fail "expected 12 paragraphs: %S" paragraphs))
          (unless (string-match-p "External Political Relations" (or (alist-get 'hover result) ""))
            (cable-test-fail "hover on PREL: %S" (alist-get 'hover result)))
          (unless (= (alist-get 'mangled result) 6) (cable-test-fail "expected 6 mangled-number warnings, got %s" (alist-get 'mangled result))))
        (eglot-shutdown server)
        (princ (format "OK %s\n" cable-test-out))
        (kill-emacs 0)))
  (error (cable-test-fail "%S" err)))
