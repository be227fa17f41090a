package vn.dannguyen.architecture.left;

import vn.dannguyen.architecture.right.web.RightView;

/** Half of a cycle made on purpose for ArchitectureTest; also imports another package's web class. */
public class LeftService {
    RightView view;
}
