// Nothing to activate: this extension only carries the test runner of the installed-.vsix suite.
exports.activate = () => undefined;
exports.deactivate = () => undefined;
